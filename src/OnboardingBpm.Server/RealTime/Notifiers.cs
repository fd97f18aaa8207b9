using Microsoft.AspNetCore.SignalR;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.RealTime;

/// <summary>Announces the tasks a committed burst created.</summary>
internal sealed class TaskNotifier(IHubContext<NotificationHub, INotificationClient> hub) : ICommitObserver
{
    public async Task OnCommittedAsync(WorkflowCommit commit, CancellationToken cancellationToken)
    {
        foreach (var task in commit.Tasks)
        {
            var notice = new TaskNotice(task.Id, task.Title, task.Segment, task.CandidateRole, task.DueAt, task.InstanceId);
            await hub.Clients.Groups(NotificationGroups.For(task)).TaskCreated(notice);
        }
    }
}

/// <summary>Pushes each new alert to its audience.</summary>
internal sealed class AlertNotifier(IHubContext<NotificationHub, INotificationClient> hub) : IAlertObserver
{
    public Task OnRaisedAsync(Alert alert, CancellationToken cancellationToken) =>
        hub.Clients.Group(NotificationGroups.Alerts(alert.Audience)).AlertRaised(alert);
}
