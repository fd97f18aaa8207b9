using OnboardingBpm.Persistence;
using OnboardingBpm.Server.Features.Integrations;
using OnboardingBpm.Server.RealTime;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Health;

public static class HealthEndpoint
{
    public sealed record HealthReport(string Status, string Store, bool StoreReachable, bool SchedulerRunning, DateTimeOffset? SchedulerLastRunAt, string RealTime, IntegrationStatus.Report Integrations);

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", CheckAsync).WithName("Health").WithTags("Health").AllowAnonymous();
        app.MapGet("/health/live", Live).WithName("Liveness").WithTags("Health").AllowAnonymous();
        app.MapGet("/health/ready", Readiness.CheckAsync).WithName("Readiness").WithTags("Health").AllowAnonymous();
    }

    /// <summary>The process answers: nothing else is checked, so a database outage never gets every node restarted.</summary>
    private static IResult Live() => TypedResults.Ok(new { status = "Alive" });

    /// <summary>
    /// Healthy when the database answers and the scheduler ran within the last minute; Degraded (still 200) when
    /// the SignalR backplane is configured but cannot reach Redis. It also says which vendors are simulated: the
    /// embedded default must never pass for production.
    /// </summary>
    private static async Task<IResult> CheckAsync(DatabaseMigrator database, PersistenceOptions options, WorkflowScheduler scheduler, TimeProvider time, IServiceProvider services, CancellationToken cancellationToken)
    {
        var reachable = await Readiness.DatabaseAnswersAsync(database, cancellationToken);
        var running = Readiness.SchedulerRunning(scheduler, time);
        var backplane = services.BackplaneState();
        var status = !reachable || !running ? "Unhealthy" : Readiness.IsDegraded(backplane) ? "Degraded" : "Healthy";
        var report = new HealthReport(status, options.Provider.ToString(), reachable, running, scheduler.LastRunAt, backplane.ToString(), IntegrationStatus.Read(services));
        return reachable && running ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
