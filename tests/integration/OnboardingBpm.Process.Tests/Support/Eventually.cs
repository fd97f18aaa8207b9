namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// Polls an observable condition until it holds or a deadline passes. The pause between probes is a poll
/// interval, never a stand-in for synchronisation: the condition itself is what the test waits for.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public static async Task WaitUntilAsync(string what, Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken) =>
        await WaitForAsync(what, condition, done => done, _ => "not yet", timeout, cancellationToken);

    /// <summary>Returns the first probe result that satisfies <paramref name="done"/>; a timeout names the last one seen.</summary>
    public static async Task<T> WaitForAsync<T>(string what, Func<Task<T>> probe, Func<T, bool> done, Func<T, string> describe, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        using var poll = new PeriodicTimer(PollInterval);
        while (true)
        {
            var last = await ProbeAsync(probe);
            if (last.Value is { } value && done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                var seen = last.Error is { } error ? $"the last probe failed: {error.Message}" : $"last seen: {describe(last.Value!)}";
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}; {seen}");
            }

            await poll.WaitForNextTickAsync(cancellationToken);
        }
    }

    /// <summary>A probe that cannot reach the server yet (it is still starting), or whose server died while answering, counts as "not yet".</summary>
    private static async Task<(T? Value, Exception? Error)> ProbeAsync<T>(Func<Task<T>> probe)
    {
        try
        {
            return (await probe(), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or HttpIOException)
        {
            return (default, ex);
        }
    }
}
