using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Runs;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Sync;

/// <summary>
/// The 15-minute reconciliation of open onboarding cases: Salesforce is the record, Okta users are repaired
/// where that is safe, Segment gets each case's status once per change, and every run is logged for audit
/// (failed attempts too). Disagreements a person must settle raise an alert and leave by "Inconsistent".
/// </summary>
[Activity("CrmSync", "Integrations", "CRM sync",
    Description = "Reconciles open onboarding cases across Salesforce, Okta and Segment and records the run for audit.",
    Outcomes = ["Consistent", "Inconsistent"])]
public sealed class CrmSync : IntegrationActivity
{
    public const string RunKind = "crm-sync";

    [Output(Description = "Counts of the run: cases checked, users repaired, events sent, inconsistencies.")]
    public Output<JsonObject> Summary { get; set; } = default!;

    [Output(Description = "The cases a person must look at, with the reason for each.")]
    public Output<JsonArray> Inconsistencies { get; set; } = default!;

    [Output(Description = "The id of this run in the integration run log.")]
    public Output<string> RunId { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var services = context.Services;
        var log = services.GetRequiredService<IIntegrationRunLog>();
        var run = new IntegrationRun
        {
            Id = $"{context.IdempotencyKey}:{context.Attempt}",
            Kind = RunKind,
            StartedAt = context.Now,
            Status = IntegrationRunStatus.Failed,
            InstanceId = context.Instance.Id,
        };

        CrmSyncResult result;
        try
        {
            result = await new CrmSyncRunner(services, services.GetRequiredService<IOptions<CrmSyncOptions>>().Value).RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await log.SaveAsync(run with { CompletedAt = Now(services), Error = ex.Message }, cancellationToken);
            throw;
        }

        var inconsistent = result.Flags.Count > 0;
        var summary = result.Summary();
        await log.SaveAsync(run with
        {
            CompletedAt = Now(services),
            Status = inconsistent ? IntegrationRunStatus.Inconsistent : IntegrationRunStatus.Succeeded,
            Summary = summary,
        }, cancellationToken);

        if (inconsistent)
        {
            await services.GetRequiredService<AlertService>().RaiseAsync(new Alert
            {
                Id = run.Id,
                DedupKey = $"crm-sync:{context.IdempotencyKey}",
                Kind = AlertKinds.DataInconsistency,
                Severity = AlertSeverity.Warning,
                Audience = AlertAudiences.PlatformEngineering,
                Title = $"CRM sync found {result.Flags.Count} case(s) the systems disagree on",
                Detail = string.Join("\n", result.Flags.Select(f => $"{f.Case.CaseNumber ?? f.Case.CaseId}: {f.Reason}")),
                InstanceId = context.Instance.Id,
            }, cancellationToken);
        }

        context.Set(Summary, summary);
        context.Set(Inconsistencies, result.FlagsJson());
        context.Set(RunId, run.Id);
        context.Complete(inconsistent ? "Inconsistent" : "Consistent");
    }

    private static DateTimeOffset Now(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow();
}
