using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("RaiseAlert", OnboardingActivities.Category, "Raise alert",
    Description = "Shows an alert on the dashboards of an audience (supervisors, platform-engineering, or segment:{name}). The same dedup key raises it once.")]
public sealed class RaiseAlert : Activity
{
    [Input(Description = "Who sees it: supervisors, platform-engineering, or segment:{name}.", Required = true)]
    public Input<string> Audience { get; set; } = default!;

    [Input(Description = "The alert's headline (no personal data).", Required = true)]
    public Input<string> Title { get; set; } = default!;

    [Input(Description = "More about it.", UIHint = UIHints.MultiLine)]
    public Input<string?> Detail { get; set; } = default!;

    [Input(Description = "What kind of alert it is, to filter the dashboard.", DefaultJson = "\"escalation\"")]
    public Input<string> Kind { get; set; } = default!;

    [Input(Description = "How urgent it is.", DefaultJson = "\"Warning\"")]
    public Input<AlertSeverity> Severity { get; set; } = default!;

    [Input(Description = "Raising the same key again keeps one alert, e.g. escalation:{caseId}:supervisors. Empty: this step's idempotency key.")]
    public Input<string?> DedupKey { get; set; } = default!;

    [Output(Description = "False when an alert with this dedup key existed already.")]
    public Output<bool> Raised { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var dedupKey = context.KeyOrIdempotencyKey(DedupKey);
        var alert = new Alert
        {
            Id = StableIds.From("alert", dedupKey),
            DedupKey = dedupKey,
            Kind = context.Get(Kind),
            Severity = context.Get(Severity),
            Audience = context.Get(Audience),
            Title = context.Get(Title),
            Detail = context.Get(Detail),
            InstanceId = context.Instance.Id,
            CreatedAt = context.Now,
        };
        context.Set(Raised, await context.Services.GetRequiredService<AlertService>().RaiseAsync(alert, context.CancellationToken));
        context.Complete();
    }
}
