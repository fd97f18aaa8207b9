using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>
/// Graceful shutdown with real processes on one PostgreSQL database. Node A claims a batch of due timers and is
/// held mid-burst, <see cref="Parallelism"/> bursts at once (their Segment calls wait on the test); node B starts and
/// cannot touch A's claims, which last five minutes here. SIGTERM to A must end with A's claims handed back, so B
/// finishes every instance within seconds, and A exiting with code 0.
/// </summary>
public sealed class HandBackTests : IAsyncDisposable
{
    private const string Workflow = "timer-then-track";
    private const int Instances = 20;

    /// <summary>A's scheduler fires this many instances' timers at once; not the default, to show the setting is used.</summary>
    private const int Parallelism = 3;
    private static readonly TimeSpan LeadTime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TimerClaim = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
    private static readonly ExactlyOnce TrackedOnce = new(["wait", "track", "afterTrack"], ["afterTrackRuns"]);

    private readonly ServerFleet fleet = new("ScaleOut/timer-then-track.json");
    private readonly HeldSegment segment = HeldSegment.Start();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task on_sigterm_a_node_finishes_its_bursts_hands_back_its_claimed_timers_and_another_node_runs_them_at_once()
    {
        var (a, b, database, started, heldUntil) = await NodeAHoldsTheBatchAsync(shutdownTimeout: TimeSpan.FromSeconds(60));

        var stopping = a.StopAsync();
        await WaitForLogAsync(a, "Draining node");
        segment.Release();
        var exitCode = await stopping;

        Assert.Equal(0, exitCode);
        var finished = await AllFinishedAsync(b);
        Assert.True(finished < heldUntil - TimeSpan.FromMinutes(4), $"the last instance finished at {finished:O}; A's claims ran until {heldUntil:O}");
        Assert.Contains($"Handed back {Instances - Parallelism} timer claim(s)", a.Tail(400));

        // A's bursts in flight were finished, not abandoned: no instance called Segment twice.
        Assert.Equal(Instances, segment.MessageIds.Count);
        Assert.Empty(await TrackedOnce.ProblemsAsync(b.Api, started, cancellation));
        Assert.Equal(0, await ClaimedAsync(database));
    }

    [Fact]
    public async Task bursts_that_outlast_the_shutdown_timeout_are_cut_off_and_run_again_on_another_node()
    {
        var (a, b, database, started, heldUntil) = await NodeAHoldsTheBatchAsync(shutdownTimeout: TimeSpan.FromSeconds(2));

        var exitCode = await a.StopAsync();
        segment.Release();

        Assert.Equal(0, exitCode);
        var finished = await AllFinishedAsync(b);
        Assert.True(finished < heldUntil - TimeSpan.FromMinutes(4), $"the last instance finished at {finished:O}; A's claims ran until {heldUntil:O}");
        var log = a.Tail(400);
        Assert.Contains("were cut off", log);
        Assert.Contains($"Handed back {Instances} timer claim(s)", log);

        // The cut-off calls went out again from B (with the same messageIds, which Segment de-duplicates); the bursts
        // that made them never committed, so every step still ran once.
        Assert.Equal(Instances + Parallelism, segment.MessageIds.Count);
        Assert.Equal(Instances, segment.MessageIds.Distinct().Count());
        Assert.Empty(await TrackedOnce.ProblemsAsync(b.Api, started, cancellation));
        Assert.Equal(0, await ClaimedAsync(database));
    }

    /// <summary>
    /// A alone claims the whole batch when the timers fall due and is held in its first <see cref="Parallelism"/>
    /// Segment calls; B starts afterwards. Returns when B is up, with the moment A's claims would expire.
    /// </summary>
    private async Task<(ServerProcess A, ServerProcess B, Database Database, IReadOnlyCollection<string> Started, DateTimeOffset HeldUntil)> NodeAHoldsTheBatchAsync(TimeSpan shutdownTimeout)
    {
        var database = await fleet.NewPostgresAsync(cancellation);
        var environment = new Dictionary<string, string>
        {
            ["Integrations__Segment__Mode"] = "Real",
            ["Integrations__Segment__BaseUrl"] = segment.Address.ToString(),
            ["Integrations__Segment__WriteKey"] = "test-write-key",
            // Held calls must not time out in the client: the test decides when they end.
            ["Integrations__Segment__Resilience__AttemptTimeout"] = "00:05:00",
            ["Workflows__TimerClaimDuration"] = TimerClaim.ToString(),
            ["Workflows__ShutdownTimeout"] = shutdownTimeout.ToString(),
            ["Workflows__SchedulerParallelism"] = Parallelism.ToString(CultureInfo.InvariantCulture),
        };
        var a = await fleet.StartAsync("a", database, environment, cancellation);

        var dueAt = DateTimeOffset.UtcNow + LeadTime;
        var keys = Enumerable.Range(1, Instances).Select(i => $"timer-{i:00}").ToList();
        var report = await InstanceStarter.StartAsync([a.Api], Workflow, keys, _ => new JsonObject { ["dueAt"] = dueAt.ToString("O") }, cancellation);
        Assert.Empty(report.CutOff);
        Assert.True(DateTimeOffset.UtcNow < dueAt, "the starts took longer than the lead time: A may have claimed only part of the batch");

        await Eventually.WaitUntilAsync($"A to hold {Parallelism} bursts in Segment", () => Task.FromResult(segment.MessageIds.Count >= Parallelism), Deadline, cancellation);
        var heldUntil = await Eventually.WaitForAsync("A to hold the whole batch", () => ClaimsAsync(database),
            claims => claims.Count == Instances, claims => $"{claims.Count} claimed", Deadline, cancellation);
        Assert.Single(heldUntil.Select(c => c.Owner).Distinct());

        var b = await fleet.StartAsync("b", database, environment, cancellation);

        // Every slot of A is held and B can claim nothing: exactly the limit is in flight, never more.
        Assert.Equal(Parallelism, segment.MessageIds.Count);
        return (a, b, database, [.. report.Started.Values], heldUntil.Min(c => c.Until));
    }

    private async Task<DateTimeOffset> AllFinishedAsync(ServerProcess b)
    {
        var finished = await Eventually.WaitForAsync("every instance to finish on B", () => b.Api.ListAsync(Workflow, "Finished", cancellation),
            list => list.Count == Instances, list => $"{list.Count} finished", Deadline, cancellation);
        return finished.Max(i => i.FinishedAt!.Value);
    }

    private async Task WaitForLogAsync(ServerProcess server, string text) =>
        await Eventually.WaitUntilAsync($"{server.Name} to log \"{text}\"", () => Task.FromResult(server.Tail(400).Contains(text, StringComparison.Ordinal)), Deadline, cancellation);

    private async Task<List<(string Owner, DateTimeOffset Until)>> ClaimsAsync(Database database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var query = new NpgsqlCommand("SELECT claimed_by, claimed_until FROM workflow_bookmarks WHERE claimed_by IS NOT NULL", connection);
        await using var reader = await query.ExecuteReaderAsync(cancellation);
        var claims = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync(cancellation))
        {
            claims.Add((reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
        }

        return claims;
    }

    private async Task<int> ClaimedAsync(Database database) => (await ClaimsAsync(database)).Count;

    public async ValueTask DisposeAsync()
    {
        await fleet.DisposeAsync();
        await segment.DisposeAsync();
    }
}
