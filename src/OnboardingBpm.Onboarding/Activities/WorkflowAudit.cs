using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

/// <summary>
/// The audit trail of changes a process step makes to customer data. The actor is the workflow (the person
/// behind it, when a task led here, is in the detail); the id derives from the step's idempotency key, so a
/// replayed step finds its entry instead of writing a second one.
/// </summary>
public static class WorkflowAudit
{
    public const string Role = "Workflow";

    public static Task RecordAsync(this ActivityExecutionContext context, AuditAction action, string resourceKind, string resourceId, string segment, string? detail = null) =>
        context.Services.GetRequiredService<IAuditLog>().AppendAsync(
            new AuditEntry
            {
                Id = StableIds.From("audit", $"{context.IdempotencyKey}:{action}:{resourceKind}:{resourceId}"),
                At = context.Now,
                Actor = $"workflow:{context.Instance.DefinitionId}",
                Role = Role,
                Segment = segment,
                Action = action,
                ResourceKind = resourceKind,
                ResourceId = resourceId,
                Detail = detail,
            },
            context.CancellationToken);
}
