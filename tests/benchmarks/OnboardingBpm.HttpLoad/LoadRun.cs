using System.Collections.Concurrent;
using System.Diagnostics;

namespace OnboardingBpm.HttpLoad;

/// <summary>What a bounded run saw: how many requests were served as expected, the failures by kind, the latencies.</summary>
internal sealed record LoadResult(int Sent, int Served, IReadOnlyDictionary<string, int> Failures, TimeSpan Elapsed, LatencySummary Latency)
{
    public double Throughput => Served / Elapsed.TotalSeconds;
}

/// <summary>
/// Sends exactly <c>count</c> requests with a fixed number in flight (a closed loop: each worker sends its next request
/// when the last one is answered), round-robin over the nodes. Latency is measured from sending to the end of the body.
/// </summary>
internal sealed class LoadRun(HttpClient client, ILoadScenario scenario, IReadOnlyList<Uri> nodes, int concurrency)
{
    public async Task<LoadResult> RunAsync(int firstIndex, int count, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        var served = new bool[count];
        var failures = new ConcurrentDictionary<string, int>();
        var next = -1;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(nodes[i % nodes.Count], firstIndex + i, cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (outcome is null)
                {
                    served[i] = true;
                }
                else
                {
                    failures.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                }
            }
        });
        await Task.WhenAll(workers);
        watch.Stop();

        var servedLatencies = latencies.Where((_, i) => served[i]).ToList();
        return new LoadResult(count, servedLatencies.Count, failures, watch.Elapsed, LatencySummary.Of(servedLatencies));
    }

    /// <summary>Null when served as expected; otherwise what went wrong (the status, or the kind of transport failure).</summary>
    private async Task<string?> SendAsync(Uri node, int index, CancellationToken cancellationToken)
    {
        try
        {
            using var request = scenario.Create(node, index);
            using var response = await client.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response.StatusCode == scenario.Expected ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ex is TaskCanceledException ? "timeout" : "no answer";
        }
    }
}
