namespace OnboardingBpm.Process.Tests.Support;

/// <summary>HTTP calls in parallel, but never more than a handful at once (the machine has two cores).</summary>
public static class Bounded
{
    public const int Parallelism = 8;

    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, body);
}
