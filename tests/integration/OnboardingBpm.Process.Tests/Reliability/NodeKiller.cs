using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// kill -9 of a random running node every few seconds, and its restart in the background (on the same port),
/// while at least one other node keeps running. Seeded, so a failing run can be replayed with the same choices.
/// </summary>
public sealed class NodeKiller(Cluster cluster, TimeSpan minPause, TimeSpan maxPause, int seed)
{
    private readonly Random random = new(seed);
    private readonly List<Task> restarts = [];
    private int kills;

    public int Kills => kills;

    /// <summary>Kills until <paramref name="stop"/> is cancelled, then waits for every node to be up again.</summary>
    public async Task RunAsync(CancellationToken stop, CancellationToken cancellationToken)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // The pace of the kills, not a wait for something to happen.
                await Task.Delay(minPause + ((maxPause - minPause) * random.NextDouble()), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }

            var running = cluster.Nodes.Where(n => n.Current is not null).ToList();
            if (running.Count < 2)
            {
                continue;
            }

            var victim = running[random.Next(running.Count)];
            await cluster.KillAsync(victim);
            kills++;
            restarts.Add(cluster.StartAsync(victim, cancellationToken));
        }

        await Task.WhenAll(restarts);
    }
}
