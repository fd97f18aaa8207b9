namespace OnboardingBpm.Workflows.Execution;

/// <summary>Limits and switches of the engine.</summary>
public sealed record EngineOptions
{
    /// <summary>Activity steps one burst may take; a loop with no blocking activity faults when it passes this.</summary>
    public int MaxStepsPerBurst { get; init; } = 10_000;

    /// <summary>Longest input/output summary kept in a journal entry.</summary>
    public int JournalSummaryLength { get; init; } = 500;

    /// <summary>How long journal entries are kept; the scheduler purges older ones about once an hour.</summary>
    public TimeSpan JournalRetention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a scheduler's claim on due timers keeps other nodes off them. Short, so that timers claimed by a
    /// node that died fire elsewhere within seconds; a batch that outlives its claim is still safe, because a
    /// second node's resume finds the bookmark burned and does nothing.
    /// </summary>
    public TimeSpan TimerClaimDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How many instances the scheduler fires timers for at once out of a claimed batch (1 fires one after another).
    /// A fired burst mostly waits on the database and the vendors, so a few at once overlap those waits. The timers
    /// of one instance still fire one after another, in due order. Default 1: with more, the last durable retries of
    /// many instances right after a vendor outage meet the vendor's half-open circuit breaker together, one gets
    /// through and the others fail fast into incidents (docs/reliability.md).
    /// </summary>
    public int SchedulerParallelism
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(SchedulerParallelism), value, "At least one timer must be fired at a time.");
    } = 1;

    /// <summary>How long a dispatcher's lease on an outbox message keeps other dispatchers off it.</summary>
    public TimeSpan OutboxLeaseDuration { get; init; } = TimeSpan.FromMinutes(1);
}
