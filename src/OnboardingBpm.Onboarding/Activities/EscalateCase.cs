using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("EscalateCase", OnboardingActivities.Category, "Escalate case",
    Description = "Escalates an open onboarding case exactly once and marks it Escalated. Escalated is false when it had been escalated already (or was resolved), so the notifications after it run once.")]
public sealed class EscalateCase : Activity
{
    public const string DefaultSupervisorEmail = "supervisors@onboardingbpm.local";

    [Input(Description = "The id of the onboarding case.", Required = true)]
    public Input<string> CaseId { get; set; } = default!;

    [Output(Description = "True when this step escalated the case; false when it was escalated before or is resolved.")]
    public Output<bool> Escalated { get; set; } = default!;

    [Output(Description = "The segment's supervisor address (Onboarding:SupervisorEmails:{segment}).")]
    public Output<string> SupervisorEmail { get; set; } = default!;

    [Output(Description = "The case's segment.")]
    public Output<string> Segment { get; set; } = default!;

    [Output(Description = "The customer's company name, for the notifications.")]
    public Output<string> CustomerName { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var cases = context.Services.GetRequiredService<ICaseStore>();
        var caseId = context.Get(CaseId);
        var onboardingCase = await cases.FindAsync(caseId, SegmentScope.All, context.CancellationToken)
            ?? throw new ActivityFaultException($"There is no onboarding case {caseId}.") { Permanent = true };
        var supervisor = Supervisors.EmailOf(context.Services, onboardingCase.Segment);
        var customer = await context.Services.GetRequiredService<ICustomerStore>().FindAsync(onboardingCase.CustomerId, SegmentScope.All, context.CancellationToken);

        var escalated = onboardingCase.Status is not (CaseStatus.Resolved or CaseStatus.Closed)
            && await EscalationSteps.EscalateOnceAsync(context, EscalationSubject.Case, onboardingCase.Id, onboardingCase.CustomerId, onboardingCase.Segment, supervisor);
        if (escalated && onboardingCase.Status != CaseStatus.Escalated)
        {
            await cases.SaveAsync(onboardingCase with { Status = CaseStatus.Escalated, IsEscalated = true }, context.CancellationToken);
            await cases.AppendEventAsync(caseId, new CaseEvent(context.Now, "escalated", OnboardingActivities.Actor, $"Escalated to {supervisor}: still open 72 hours after submission."), context.CancellationToken);
        }

        if (escalated)
        {
            await context.RecordAsync(AuditAction.Update, AuditResources.Case, caseId, onboardingCase.Segment, "escalated");
        }

        context.Set(Escalated, escalated);
        context.Set(SupervisorEmail, supervisor);
        context.Set(Segment, onboardingCase.Segment);
        context.Set(CustomerName, customer?.Name ?? "");
        context.Complete();
    }
}
