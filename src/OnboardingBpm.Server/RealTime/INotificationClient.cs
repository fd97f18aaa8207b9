using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Server.Features.Kpis;

namespace OnboardingBpm.Server.RealTime;

/// <summary>What the browser app hears without reloading (the SignalR client methods).</summary>
public interface INotificationClient
{
    Task TaskCreated(TaskNotice task);

    Task AlertRaised(Alert alert);

    Task KpisChanged(KpiNotice kpis);
}

/// <summary>The current period's figures of one segment (or "all"), pushed when they change.</summary>
public sealed record KpiNotice(string Segment, string PeriodStart, string PeriodEnd, IReadOnlyList<KpiValueView> Kpis);

/// <summary>A new task, without its form data: the inbox fetches the task itself, through the same access checks.</summary>
public sealed record TaskNotice(string Id, string Title, string? Segment, string? CandidateRole, DateTimeOffset? DueAt, string InstanceId);
