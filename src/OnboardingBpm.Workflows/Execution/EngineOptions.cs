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
}
