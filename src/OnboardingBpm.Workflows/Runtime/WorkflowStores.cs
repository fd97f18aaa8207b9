using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>The stores the runtime works with, gathered so constructors stay short.</summary>
public sealed record WorkflowStores(
    IWorkflowDefinitionStore Definitions,
    IWorkflowInstanceStore Instances,
    IBookmarkStore Bookmarks,
    IJournalStore Journal,
    IIncidentStore Incidents,
    IHumanTaskStore Tasks,
    ITriggerStore Triggers,
    IOutboxStore Outbox,
    IResumeInbox Inbox,
    IWorkflowCommitter Committer,
    IClaimStore Claims);
