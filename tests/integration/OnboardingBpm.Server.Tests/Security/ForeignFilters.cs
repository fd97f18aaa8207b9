using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Security;

/// <summary>
/// A list request aimed at one segment (by its name or its ids), with the caller who may see what it lists
/// (null: the segment's own agent) and the marker that caller must find in the answer, a placeholder filled from
/// the <see cref="SegmentWorld"/>. Another segment's agent must get a refusal or an answer without the marker.
/// </summary>
internal sealed record ForeignFilter(string Url, string? Owner, string Marker);

internal static class ForeignFilters
{
    private const string KpiSegment = "\"segment\":\"{segment}\"";

    public static readonly IReadOnlyList<ForeignFilter> Probes =
    [
        new("/api/cases?segment={segment}&take=500", null, "{caseId}"),
        new("/api/cases?customerId={customerId}&take=500", null, "{caseId}"),
        new("/api/tickets?segment={segment}&take=500", null, "{ticketId}"),
        new("/api/tickets?customerId={customerId}&take=500", null, "{ticketId}"),
        new("/api/escalations?segment={segment}&take=500", null, "{escalationId}"),
        new("/api/escalations?customerId={customerId}&take=500", null, "{escalationId}"),
        new("/api/tasks?take=500", null, "{taskId}"),
        new("/api/tasks?segment={segment}&take=500", null, "{taskId}"),
        new("/api/alerts?take=500", null, "{alertId}"),
        new("/api/alerts?audience=segment:{segment}&take=500", null, "{alertId}"),
        new("/api/kpis/current", null, KpiSegment),
        new("/api/kpis/current?segment={segment}", null, KpiSegment),
        new("/api/kpis/history?take=500", null, KpiSegment),
        new("/api/kpis/history?segment={segment}&take=500", null, KpiSegment),
        new("/api/kpis/history.csv", null, ",{segment},"),
        new("/api/kpis/history.csv?segment={segment}", null, ",{segment},"),
        new("/api/workflow-instances?correlationId={caseId}", DemoUsers.Supervisor, "{failedInstanceId}"),
        new("/api/mail?recipient={email}", DemoUsers.Admin, "{mailId}"),
        new("/api/audit?resourceKind=case&resourceId={caseId}&take=500", DemoUsers.Admin, "\"resourceId\":\"{caseId}\""),
    ];
}
