using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Integrations.Alerts;

/// <summary>
/// Turns every incident into an alert for Platform Engineering. An integration activity whose durable retries
/// ran out is critical and mailed; other incidents (a script error) only show on the dashboard.
/// </summary>
internal sealed class IncidentAlertHandler(AlertService alerts, ActivityRegistry registry) : IOutboxHandler
{
    public string Type => OutboxMessageTypes.IncidentRaised;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Payload;
        var incidentId = (string)payload["incidentId"]!;
        var activityType = (string?)payload["activityType"] ?? "";
        var integration = registry.Find(activityType)?.ClrType.IsAssignableTo(typeof(IntegrationActivity)) == true;
        var attempts = (int?)payload["attempts"] ?? 1;
        await alerts.RaiseAsync(new Alert
        {
            Id = message.Id,
            DedupKey = $"incident:{incidentId}",
            Kind = integration ? AlertKinds.IntegrationFailure : AlertKinds.Incident,
            Severity = integration ? AlertSeverity.Critical : AlertSeverity.Warning,
            Audience = AlertAudiences.PlatformEngineering,
            Title = integration
                ? $"{activityType} failed {attempts} times in workflow {payload["definitionId"]}"
                : $"Incident in workflow {payload["definitionId"]} at {payload["activityId"]}",
            Detail = (string?)payload["message"],
            InstanceId = message.InstanceId,
            IncidentId = incidentId,
            CreatedAt = message.CreatedAt,
        }, cancellationToken);
    }
}
