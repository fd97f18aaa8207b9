using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("ResolveOnboardingCase", OnboardingActivities.Category, "Resolve onboarding case",
    Description = "Records that an onboarding case is resolved: status Resolved, the resolution time and a timeline entry. The first resolution counts; a repeated case.resolved, or one for an unknown case, changes nothing.")]
public sealed class ResolveOnboardingCase : Activity
{
    [Input(Description = "The id of the onboarding case.", Required = true)]
    public Input<string> CaseId { get; set; } = default!;

    [Input(Description = "Who or what resolved it, for the timeline (no personal data).")]
    public Input<string?> ResolvedBy { get; set; } = default!;

    [Output(Description = "True when this step resolved the case; false when it was resolved before or is unknown.")]
    public Output<bool> Resolved { get; set; } = default!;

    [Output(Description = "The case's Salesforce id, empty when it has none.")]
    public Output<string> SalesforceCaseId { get; set; } = default!;

    [Output(Description = "The case's segment, empty for an unknown case.")]
    public Output<string> Segment { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var cases = context.Services.GetRequiredService<ICaseStore>();
        // case.resolved is a public event: an unknown id must not fault the instance that listens for it.
        var onboardingCase = await cases.FindAsync(context.Get(CaseId), SegmentScope.All, context.CancellationToken);
        var resolvedNow = onboardingCase is { Status: not (CaseStatus.Resolved or CaseStatus.Closed) };
        if (resolvedNow)
        {
            await cases.SaveAsync(onboardingCase! with { Status = CaseStatus.Resolved, ResolvedAt = context.Now }, context.CancellationToken);
            var by = context.Get(ResolvedBy) is { Length: > 0 } who ? who : OnboardingActivities.Actor;
            await cases.AppendEventAsync(onboardingCase!.Id, new CaseEvent(context.Now, "resolved", by, "The case was resolved."), context.CancellationToken);
            await context.RecordAsync(AuditAction.Update, AuditResources.Case, onboardingCase.Id, onboardingCase.Segment, $"resolved by {by}");
        }

        context.Set(Resolved, resolvedNow);
        context.Set(SalesforceCaseId, onboardingCase?.SalesforceCaseId ?? "");
        context.Set(Segment, onboardingCase?.Segment ?? "");
        context.Complete();
    }
}
