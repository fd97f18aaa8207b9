using OnboardingBpm.Persistence;
using OnboardingBpm.Server.Features.Integrations;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Health;

public static class HealthEndpoint
{
    public sealed record HealthReport(string Status, string Store, bool StoreReachable, bool SchedulerRunning, DateTimeOffset? SchedulerLastRunAt, IntegrationStatus.Report Integrations);

    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).WithName("Health").WithTags("Health").AllowAnonymous();

    /// <summary>
    /// Healthy when the database answers and the scheduler ran within the last minute. It also says which vendors
    /// are simulated: the embedded default must never pass for production.
    /// </summary>
    private static async Task<IResult> CheckAsync(DatabaseMigrator database, PersistenceOptions options, WorkflowScheduler scheduler, TimeProvider time, IServiceProvider services, CancellationToken cancellationToken)
    {
        bool reachable;
        try
        {
            reachable = await database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reachable = false;
        }

        var running = scheduler.LastRunAt is { } last && time.GetUtcNow() - last < TimeSpan.FromMinutes(1);
        var report = new HealthReport(reachable && running ? "Healthy" : "Unhealthy", options.Provider.ToString(), reachable, running, scheduler.LastRunAt, IntegrationStatus.Read(services));
        return reachable && running ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
