using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Integrations.Segment;
using OnboardingBpm.Server.Hosting.Simulators;

namespace OnboardingBpm.Server.Features.Integrations;

/// <summary>
/// What each vendor client talks to right now: the simulator (embedded default, said plainly so nobody mistakes
/// it for production) or the real vendor. Never shows credentials.
/// </summary>
public static class IntegrationStatus
{
    public sealed record VendorStatus(string Vendor, string Mode, string Address);

    public sealed record SalesforceApiUsage(long? Used, long? Limit, DateTimeOffset? ReadAt);

    public sealed record Report(bool Simulated, IReadOnlyList<VendorStatus> Vendors, string Mail, SalesforceApiUsage SalesforceUsage);

    public static Report Read(IServiceProvider services)
    {
        var salesforce = services.GetRequiredService<IOptionsMonitor<SalesforceOptions>>().CurrentValue;
        var okta = services.GetRequiredService<IOptionsMonitor<OktaOptions>>().CurrentValue;
        var segment = services.GetRequiredService<IOptionsMonitor<SegmentOptions>>().CurrentValue;
        var email = services.GetRequiredService<IOptionsMonitor<EmailOptions>>().CurrentValue;
        var usage = services.GetRequiredService<SalesforceUsage>();
        var vendors = new List<VendorStatus>
        {
            new("Salesforce", salesforce.Mode.ToString(), salesforce.BaseUrl),
            new("Okta", okta.Mode.ToString(), okta.BaseUrl),
            new("Segment", segment.Mode.ToString(), segment.BaseUrl),
        };
        var mail = string.IsNullOrWhiteSpace(email.SmtpHost) ? "local outbox (no SMTP host configured)" : $"SMTP {email.SmtpHost}:{email.SmtpPort}";
        return new Report(
            vendors.Any(v => v.Mode == nameof(IntegrationMode.Simulated)),
            vendors,
            mail,
            new SalesforceApiUsage(usage.Used, usage.Limit, usage.ReadAt));
    }

    public static Ok<Report> Handle(IServiceProvider services) => TypedResults.Ok(Read(services));

    /// <summary>The simulators' own inspection endpoints, so a newcomer can see what the workflows did there.</summary>
    public static Ok<IReadOnlyList<VendorStatus>> Simulators(SimulatorDirectory directory) =>
        TypedResults.Ok<IReadOnlyList<VendorStatus>>(directory.Running.Select(s => new VendorStatus(s.Name, nameof(IntegrationMode.Simulated), s.BaseAddress.ToString())).ToList());
}
