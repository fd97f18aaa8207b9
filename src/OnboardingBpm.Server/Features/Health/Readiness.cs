using OnboardingBpm.Persistence;
using OnboardingBpm.Server.RealTime;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Health;

/// <summary>
/// <c>/health/ready</c>, for load balancers: 200 while this node should get traffic, 503 naming the checks that
/// failed otherwise. A draining node (shutting down) is not ready from the moment SIGTERM arrives. The
/// backplane is reported but never fails readiness: with Redis down every node would be taken out, and the API
/// works without live notices.
/// </summary>
internal static class Readiness
{
    private static readonly TimeSpan SchedulerSilenceLimit = TimeSpan.FromMinutes(1);

    public sealed record Check(string Name, bool Ok, string Detail);

    public sealed record Report(string Status, IReadOnlyList<string> Failed, IReadOnlyList<Check> Checks);

    public static async Task<IResult> CheckAsync(DatabaseMigrator database, WorkflowScheduler scheduler, WorkflowNode node, TimeProvider time, IServiceProvider services, CancellationToken cancellationToken)
    {
        var reachable = await DatabaseAnswersAsync(database, cancellationToken);
        var pending = reachable ? await PendingMigrationsAsync(database, cancellationToken) : null;
        var backplane = services.BackplaneState();
        Check[] checks =
        [
            new("database", reachable, reachable ? "answers" : "unreachable"),
            new("migrations", pending == 0, pending switch { null => "unknown (database unreachable)", 0 => "applied", _ => $"{pending} pending" }),
            new("scheduler", SchedulerRunning(scheduler, time), scheduler.LastRunAt is { } last ? $"last pass {last:O}" : "no pass yet"),
            new("draining", !node.IsDraining, node.IsDraining ? "shutting down" : "no"),
            new("realTime", true, IsDegraded(backplane) ? $"degraded: backplane {backplane}" : backplane.ToString()),
        ];
        var failed = checks.Where(c => !c.Ok).Select(c => c.Name).ToList();
        var report = new Report(failed.Count == 0 ? "Ready" : "NotReady", failed, checks);
        return failed.Count == 0 ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static async Task<bool> DatabaseAnswersAsync(DatabaseMigrator database, CancellationToken cancellationToken)
    {
        try
        {
            return await database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    public static bool SchedulerRunning(WorkflowScheduler scheduler, TimeProvider time) =>
        scheduler.LastRunAt is { } last && time.GetUtcNow() - last < SchedulerSilenceLimit;

    public static bool IsDegraded(BackplaneState backplane) => backplane is BackplaneState.Disconnected or BackplaneState.Connecting;

    private static async Task<int?> PendingMigrationsAsync(DatabaseMigrator database, CancellationToken cancellationToken)
    {
        try
        {
            return await database.PendingMigrationsAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }
}
