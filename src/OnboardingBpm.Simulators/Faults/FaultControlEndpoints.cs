using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Faults;

/// <summary>
/// The control API under <c>/__sim</c>: the same switches as <see cref="FaultInjector"/>, over HTTP, so a
/// standalone simulator can be broken from a script or a load test.
/// </summary>
internal static class FaultControlEndpoints
{
    public const string Prefix = "/__sim";

    public static void MapFaultControl(this WebApplication app, ISimulator simulator)
    {
        var group = app.MapGroup(Prefix);
        group.MapGet("/", () => TypedResults.Ok(new { simulator = simulator.Name }));
        group.MapGet("/requests", (FaultInjector faults) => TypedResults.Ok(faults.Requests));
        group.MapPost("/faults/latency", (LatencyRequest body, FaultInjector faults) =>
        {
            faults.AddLatency(body.Latency, body.Times, body.PathPrefix);
            return TypedResults.NoContent();
        });
        group.MapPost("/faults/statuses", (StatusesRequest body, FaultInjector faults) =>
        {
            faults.ScriptStatuses(body.Statuses, body.PathPrefix);
            return TypedResults.NoContent();
        });
        group.MapPost("/faults/rate-limit", (RateLimitRequest body, FaultInjector faults) =>
        {
            faults.RateLimit(body.Times, body.ResetAfter, body.PathPrefix);
            return TypedResults.NoContent();
        });
        group.MapPost("/faults/outage", (OutageRequest body, FaultInjector faults) =>
        {
            faults.StartOutage(body.Duration);
            return TypedResults.NoContent();
        });
        group.MapPost("/faults/expire-tokens", (FaultInjector faults) =>
        {
            faults.ExpireTokens();
            return TypedResults.NoContent();
        });
        group.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return TypedResults.NoContent();
        });
    }

    internal sealed record LatencyRequest(TimeSpan Latency, int? Times, string? PathPrefix);

    internal sealed record StatusesRequest(int[] Statuses, string? PathPrefix);

    internal sealed record RateLimitRequest(int Times, TimeSpan ResetAfter, string? PathPrefix);

    internal sealed record OutageRequest(TimeSpan Duration);
}
