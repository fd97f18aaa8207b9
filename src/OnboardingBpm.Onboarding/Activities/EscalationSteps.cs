using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>The one escalation a case or a ticket ever gets, shared by EscalateCase and EscalateTicket.</summary>
internal static class EscalationSteps
{
    /// <summary>
    /// True when this step owns the subject's one escalation: it added it now, or it added it in a run that
    /// crashed before committing (the id comes from the step's idempotency key, so a replay recognises it).
    /// </summary>
    public static async Task<bool> EscalateOnceAsync(
        ActivityExecutionContext context, EscalationSubject kind, string subjectId, string customerId, string segment, string supervisor)
    {
        var escalations = context.Services.GetRequiredService<IEscalationStore>();
        var escalation = new Escalation
        {
            Id = StableIds.From("esc", context.IdempotencyKey),
            SubjectKind = kind,
            SubjectId = subjectId,
            CustomerId = customerId,
            Segment = segment,
            EscalatedAt = context.Now,
            NotifiedSupervisor = supervisor,
        };
        if (await escalations.AddAsync(escalation, context.CancellationToken))
        {
            return true;
        }

        var existing = await escalations.FindBySubjectAsync(kind, subjectId, SegmentScope.All, context.CancellationToken);
        return existing?.Id == escalation.Id;
    }
}
