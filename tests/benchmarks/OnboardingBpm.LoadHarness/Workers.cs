namespace OnboardingBpm.LoadHarness;

/// <summary>Runs a bounded number of work items on a fixed number of workers.</summary>
internal static class Workers
{
    public static Task RunAsync(int count, int workers, Func<int, Task> work)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int item;
            while ((item = Interlocked.Increment(ref next)) < count)
            {
                await work(item);
            }
        })));
    }
}
