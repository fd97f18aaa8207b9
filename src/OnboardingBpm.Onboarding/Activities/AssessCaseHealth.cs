using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Health;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("AssessCaseHealth", OnboardingActivities.Category, "Assess case health",
    Description = "Folds a CSM check-in (a task's engagementScore, blocker, blockerCleared) and a reached milestone into the health record, stores the case's health score, and alerts the segment's agents once per early-warning trigger: engagement below 70, a blocker open over 3 days, a milestone missed by over a week.")]
public sealed class AssessCaseHealth : Activity
{
    public const string AlertKind = "health-warning";

    [Input(Description = "The id of the onboarding case.", Required = true)]
    public Input<string> CaseId { get; set; } = default!;

    [Input(Description = "The engagement score last reported, 0-100; empty counts as 100.")]
    public Input<int?> Engagement { get; set; } = default!;

    [Input(Description = "The open blockers: [{title, openedAt}].")]
    public Input<IReadOnlyList<Blocker>?> Blockers { get; set; } = default!;

    [Input(Description = "The milestone plan: [{name, dueAt, completedAt}].")]
    public Input<IReadOnlyList<Milestone>?> Milestones { get; set; } = default!;

    [Input(Description = "A task's form data with engagementScore, blocker and blockerCleared; other fields are ignored.")]
    public Input<CheckIn?> CheckIn { get; set; } = default!;

    [Input(Description = "The milestone this step marks done, by name.")]
    public Input<string?> MilestoneReached { get; set; } = default!;

    [Output(Description = "The health score, 0-100.")]
    public Output<int> Score { get; set; } = default!;

    [Output(Description = "The engagement after the check-in.")]
    public Output<int> EngagementAfter { get; set; } = default!;

    [Output(Description = "The open blockers after the check-in.")]
    public Output<IReadOnlyList<Blocker>> BlockersAfter { get; set; } = default!;

    [Output(Description = "The milestone plan after the step.")]
    public Output<IReadOnlyList<Milestone>> MilestonesAfter { get; set; } = default!;

    [Output(Description = "The early-warning triggers that hold now (each alerted once per case).")]
    public Output<IReadOnlyList<string>> Warnings { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var cases = context.Services.GetRequiredService<ICaseStore>();
        var caseId = context.Get(CaseId);
        var onboardingCase = await cases.FindAsync(caseId, SegmentScope.All, context.CancellationToken)
            ?? throw new ActivityFaultException($"There is no onboarding case {caseId}.") { Permanent = true };

        var record = new HealthRecord(context.Get(Engagement) ?? 100, context.Get(Blockers) ?? [], context.Get(Milestones) ?? []);
        if (context.Get(CheckIn) is { } checkIn)
        {
            record = record.With(checkIn, context.Now);
        }

        if (context.Get(MilestoneReached) is { Length: > 0 } milestone)
        {
            record = record.WithMilestoneReached(milestone, context.Now);
        }

        var assessment = HealthScore.Assess(record, context.Now);
        if (assessment.Score != onboardingCase.HealthScore)
        {
            await cases.SaveAsync(onboardingCase with { HealthScore = assessment.Score }, context.CancellationToken);
            await context.RecordAsync(AuditAction.Update, AuditResources.Case, onboardingCase.Id, onboardingCase.Segment, $"health {assessment.Score}");
        }

        foreach (var warning in assessment.Warnings)
        {
            await AlertOnceAsync(context, onboardingCase, warning, record);
        }

        context.Set(Score, assessment.Score);
        context.Set(EngagementAfter, record.Engagement);
        context.Set(BlockersAfter, record.Blockers);
        context.Set(MilestonesAfter, record.Milestones);
        context.Set(Warnings, [.. assessment.Warnings.Select(w => w.ToString())]);
        context.Complete();
    }

    /// <summary>The dedup key is the case and the trigger, so a trigger that still holds at the next check stays one alert.</summary>
    private static async Task AlertOnceAsync(ActivityExecutionContext context, OnboardingCase onboardingCase, EarlyWarning warning, HealthRecord record)
    {
        var dedupKey = $"health:{onboardingCase.Id}:{warning}";
        var alert = new Alert
        {
            Id = StableIds.From("alert", dedupKey),
            DedupKey = dedupKey,
            Kind = AlertKind,
            Severity = AlertSeverity.Warning,
            Audience = $"segment:{onboardingCase.Segment}",
            Title = $"Case {onboardingCase.Id}: {HealthWarnings.Title(warning)}",
            Detail = HealthWarnings.Detail(warning, record, context.Now),
            InstanceId = context.Instance.Id,
            CreatedAt = context.Now,
        };
        if (await context.Services.GetRequiredService<AlertService>().RaiseAsync(alert, context.CancellationToken))
        {
            await context.Services.GetRequiredService<ICaseStore>().AppendEventAsync(onboardingCase.Id,
                new CaseEvent(context.Now, AlertKind, OnboardingActivities.Actor, alert.Title), context.CancellationToken);
        }
    }
}
