namespace OnboardingBpm.Simulators.Faults;

/// <summary>
/// The run-time switchboard of one simulator: latency, scripted statuses, rate limits, outages and token
/// expiry, plus the log of requests received. Thread-safe; tests and the control endpoints share it.
/// </summary>
public sealed class FaultInjector(TimeProvider time, IVendorFaults vendor)
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> waiters = [];
    private DateTimeOffset? outageUntil;

    public IVendorFaults Vendor { get; } = vendor;

    public TimeProvider Time { get; } = time;

    /// <summary>Delays matching requests by <paramref name="latency"/> (measured on the simulator's clock).</summary>
    public void AddLatency(TimeSpan latency, int? times = null, string? pathPrefix = null) =>
        Add(new FaultRule { Action = FaultAction.Latency, Latency = latency, Remaining = times, PathPrefix = pathPrefix });

    /// <summary>Answers the next matching requests with these statuses, one each, in order (503, 503, then the real answer).</summary>
    public void ScriptStatuses(IEnumerable<int> statuses, string? pathPrefix = null)
    {
        foreach (var status in statuses)
        {
            Add(new FaultRule { Action = FaultAction.Status, Status = status, Remaining = 1, PathPrefix = pathPrefix });
        }
    }

    /// <summary>Answers the next <paramref name="times"/> matching requests with 429 and a reset <paramref name="resetAfter"/> from now.</summary>
    public void RateLimit(int times, TimeSpan resetAfter, string? pathPrefix = null) =>
        Add(new FaultRule { Action = FaultAction.RateLimit, Remaining = times, ResetAfter = resetAfter, PathPrefix = pathPrefix });

    /// <summary>Every request gets a 503 until the simulator's clock passes now + <paramref name="duration"/>.</summary>
    public void StartOutage(TimeSpan duration)
    {
        lock (gate)
        {
            outageUntil = Time.GetUtcNow() + duration;
        }
    }

    public void ExpireTokens() => Vendor.ExpireTokens();

    /// <summary>Removes every injected fault (the request log stays).</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
            outageUntil = null;
        }
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>Completes once the simulator has received <paramref name="count"/> requests in all.</summary>
    public Task WaitForRequestsAsync(int count, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (requests.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    internal bool InOutage()
    {
        lock (gate)
        {
            return outageUntil is { } until && Time.GetUtcNow() < until;
        }
    }

    internal RecordedRequest Record(RecordedRequest request)
    {
        List<TaskCompletionSource> released;
        lock (gate)
        {
            requests.Add(request);
            released = waiters.Where(w => requests.Count >= w.Count).Select(w => w.Signal).ToList();
            waiters.RemoveAll(w => requests.Count >= w.Count);
        }

        released.ForEach(s => s.TrySetResult());
        return request;
    }

    /// <summary>Takes one use of the first matching rule of <paramref name="action"/>, if any.</summary>
    internal FaultRule? Take(Microsoft.AspNetCore.Http.HttpRequest request, FaultAction action)
    {
        lock (gate)
        {
            var rule = rules.FirstOrDefault(r => r.Action == action && r.Matches(request));
            if (rule?.Remaining is { } remaining)
            {
                rule.Remaining = remaining - 1;
            }

            rules.RemoveAll(r => r.Remaining == 0);
            return rule;
        }
    }

    private void Add(FaultRule rule)
    {
        lock (gate)
        {
            rules.Add(rule);
        }
    }
}
