using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Durability;

/// <summary>Two server processes on one PostgreSQL database, both schedulers racing for the same due timers.</summary>
public sealed class TwoServerTests : IAsyncDisposable
{
    private const string Workflow = "timer-at";
    private const int Instances = 1000;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Long enough for the starts (about 10 s here) to be in before the timers fall due, so both schedulers find
    /// them due at once. On a slower machine the last ones simply pass their Timer at once, which is still checked.
    /// </summary>
    private static readonly TimeSpan LeadTime = TimeSpan.FromSeconds(15);

    private static readonly ExactlyOnce TimerPassedOnce = new(["wait", "afterTimer"], ["afterTimerRuns"]);

    private readonly ServerFleet fleet = new("Durability/timer-at.json");
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task each_timer_due_on_two_servers_at_once_fires_exactly_once()
    {
        var database = await fleet.NewPostgresAsync(cancellation);
        ServerProcess[] servers = await Task.WhenAll(fleet.StartAsync("a", database, cancellation), fleet.StartAsync("b", database, cancellation));
        var apis = servers.Select(s => s.Api).ToList();

        var dueAt = DateTimeOffset.UtcNow + LeadTime;
        var keys = Enumerable.Range(1, Instances).Select(i => $"ticket-{i:0000}").ToList();
        var report = await InstanceStarter.StartAsync(apis, Workflow, keys, _ => new JsonObject { ["dueAt"] = dueAt.ToString("O") }, cancellation);
        Assert.Empty(report.CutOff);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"the {Instances} starts ended {(dueAt - DateTimeOffset.UtcNow).TotalSeconds:0.0} s before their timers fell due (negative: after)");

        var finished = await Eventually.WaitForAsync("every instance to finish", () => apis[0].ListAsync(Workflow, "Finished", cancellation),
            finished => finished.Count == Instances, finished => $"{finished.Count} finished", Deadline, cancellation);
        output?.WriteLine($"the last one finished {(finished.Max(i => i.FinishedAt) - dueAt)?.TotalSeconds:0.0} s after they fell due");

        Assert.Equal(Instances, (await apis[1].ListAsync(Workflow, status: null, cancellation)).Count);
        Assert.Empty(await TimerPassedOnce.ProblemsAsync(apis[1], report.Started.Values, cancellation));
        foreach (var server in servers)
        {
            Assert.True(await server.Api.IsHealthyAsync(cancellation), $"{server.Name} is no longer healthy (its scheduler stopped passing)");
        }
    }

    public ValueTask DisposeAsync() => fleet.DisposeAsync();
}
