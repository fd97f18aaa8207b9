using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>A batch of starts, each with its own Idempotency-Key.</summary>
public static class InstanceStarter
{
    /// <summary>
    /// Starts one instance per key, spreading the calls over <paramref name="servers"/> in turn. A call cut off
    /// by a dead server (no HTTP answer at all) is reported, for the test to retry with the same key; an
    /// answer with an error status fails the test.
    /// </summary>
    public static async Task<StartReport> StartAsync(IReadOnlyList<EngineClient> servers, string definitionId, IReadOnlyList<string> keys, Func<string, JsonObject> input, CancellationToken cancellationToken)
    {
        var started = new ConcurrentDictionary<string, string>();
        var cutOff = new ConcurrentBag<string>();
        await Bounded.ForEachAsync(keys.Select((key, index) => (key, index)), async (item, token) =>
        {
            try
            {
                started[item.key] = await servers[item.index % servers.Count].StartAsync(definitionId, item.key, input(item.key), token);
            }
            catch (HttpRequestException ex) when (ex.StatusCode is null)
            {
                cutOff.Add(item.key);
            }
        }, cancellationToken);
        return new StartReport(started, [.. cutOff]);
    }
}

/// <summary>Instance id per key for the starts that answered, and the keys whose call got no answer.</summary>
public sealed record StartReport(IReadOnlyDictionary<string, string> Started, IReadOnlyList<string> CutOff);
