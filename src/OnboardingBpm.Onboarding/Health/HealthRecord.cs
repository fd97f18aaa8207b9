namespace OnboardingBpm.Onboarding.Health;

/// <summary>A technical blocker the CSM reported at a check-in; it counts until a check-in clears it.</summary>
public sealed record Blocker(string Title, DateTimeOffset OpenedAt);

/// <summary>A planned phase end; <see cref="CompletedAt"/> stays empty until the phase is done.</summary>
public sealed record Milestone(string Name, DateTimeOffset DueAt, DateTimeOffset? CompletedAt = null)
{
    /// <summary>How late the milestone is (or was, when it completed); zero when on time.</summary>
    public TimeSpan SlipAt(DateTimeOffset now)
    {
        var slip = (CompletedAt ?? now) - DueAt;
        return slip > TimeSpan.Zero ? slip : TimeSpan.Zero;
    }
}

/// <summary>What a CSM reports in a task form: the customer's engagement and the blocker situation.</summary>
public sealed record CheckIn(int? EngagementScore, string? Blocker, bool BlockerCleared);

/// <summary>
/// What the health of an onboarding rests on: the engagement last reported (0-100), the open blockers and the
/// milestone plan. The workflow keeps it in variables and hands it to every assessment.
/// </summary>
public sealed record HealthRecord(int Engagement, IReadOnlyList<Blocker> Blockers, IReadOnlyList<Milestone> Milestones)
{
    /// <summary>A new report replaces the engagement; a blocker is added once by its title; a clearance removes them all.</summary>
    public HealthRecord With(CheckIn checkIn, DateTimeOffset now)
    {
        IReadOnlyList<Blocker> blockers = checkIn.BlockerCleared ? [] : Blockers;
        if (checkIn.Blocker?.Trim() is { Length: > 0 } title && !blockers.Any(b => string.Equals(b.Title, title, StringComparison.OrdinalIgnoreCase)))
        {
            blockers = [.. blockers, new Blocker(title, now)];
        }

        return this with { Engagement = checkIn.EngagementScore ?? Engagement, Blockers = blockers };
    }

    /// <summary>Marks the named milestone done (the first time only).</summary>
    public HealthRecord WithMilestoneReached(string name, DateTimeOffset now) => this with
    {
        Milestones = [.. Milestones.Select(m => m.Name == name && m.CompletedAt is null ? m with { CompletedAt = now } : m)],
    };
}
