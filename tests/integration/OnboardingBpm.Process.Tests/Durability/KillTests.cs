using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Durability;

/// <summary>
/// kill -9 of the only server in the middle of a run, then a restart on the same SQLite file. The delay is
/// short (one second) so timers fire while starts are still arriving: the kill cuts off both.
/// </summary>
public sealed class KillTests : IAsyncDisposable
{
    private const string Workflow = "delay-then-event";
    private const int Instances = 500;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly ExactlyOnce EachWaitPassedOnce = new(["wait", "afterDelay", "proceed", "afterEvent"], ["afterDelayRuns", "afterEventRuns"]);

    private readonly ServerFleet fleet = new("Durability/delay-then-event.json");
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task every_instance_finishes_with_each_wait_passed_once_when_the_server_is_killed_while_timers_fire()
    {
        var database = fleet.Sqlite();
        var keys = Enumerable.Range(1, Instances).Select(i => $"order-{i:000}").ToList();
        var first = await fleet.StartAsync("first", database, cancellation);

        var starting = InstanceStarter.StartAsync([first.Api], Workflow, keys, Input, cancellation);
        var firedBeforeKill = await Eventually.WaitForAsync("the first delays to fire", () => DelaysFiredAsync(first.Api),
            fired => fired >= 50, fired => $"{fired} fired", Deadline, cancellation);
        await first.KillAsync();
        var beforeKill = await starting;

        var second = await fleet.StartAsync("second", database, cancellation);
        var retried = await InstanceStarter.StartAsync([second.Api], Workflow, beforeKill.CutOff, Input, cancellation);
        Assert.Empty(retried.CutOff);
        var ids = beforeKill.Started.Concat(retried.Started).ToDictionary();
        Assert.Equal(Instances, ids.Values.Distinct().Count());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"killed with {beforeKill.Started.Count} starts answered and at least {firedBeforeKill} delays fired; {beforeKill.CutOff.Count} starts cut off and retried");

        await WaitUntilEveryInstanceWaitsForItsEventAsync(second.Api, ids.Values);
        await Bounded.ForEachAsync(keys, async (key, token) =>
            Assert.Equal([ids[key]], await second.Api.PublishEventAsync("proceed", key, token)), cancellation);
        await Eventually.WaitForAsync("every instance to finish", () => second.Api.ListAsync(Workflow, "Finished", cancellation),
            finished => finished.Count == Instances, finished => $"{finished.Count} finished", Deadline, cancellation);

        Assert.Equal(Instances, (await second.Api.ListAsync(Workflow, status: null, cancellation)).Count);
        Assert.Empty(await EachWaitPassedOnce.ProblemsAsync(second.Api, ids.Values, cancellation));
    }

    public ValueTask DisposeAsync() => fleet.DisposeAsync();

    private static JsonObject Input(string key) => new() { ["key"] = key };

    /// <summary>The Delay's resume is the only thing that changes an instance before its event arrives.</summary>
    private async Task<int> DelaysFiredAsync(EngineClient api) =>
        (await api.ListAsync(Workflow, status: null, cancellation)).Count(i => i.UpdatedAt > i.CreatedAt);

    private async Task WaitUntilEveryInstanceWaitsForItsEventAsync(EngineClient api, IEnumerable<string> ids)
    {
        var pending = new ConcurrentDictionary<string, bool>(ids.Select(id => KeyValuePair.Create(id, true)));
        await Eventually.WaitUntilAsync("every instance to wait for its event", async () =>
        {
            await Bounded.ForEachAsync(pending.Keys, async (id, token) =>
            {
                if ((await api.GetAsync(id, token)).Bookmarks.Any(b => b.Type == "Event"))
                {
                    pending.TryRemove(id, out _);
                }
            }, cancellation);
            return pending.IsEmpty;
        }, Deadline, cancellation);
    }
}
