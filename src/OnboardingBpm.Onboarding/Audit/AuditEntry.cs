namespace OnboardingBpm.Onboarding.Audit;

public enum AuditAction
{
    Read,
    Create,
    Update,
    Delete,
    Export,
    Erase,
}

/// <summary>Who did what to which resource. Detail names facts, never personal data.</summary>
public sealed record AuditEntry
{
    public string Id { get; init; } = Guid.CreateVersion7().ToString("N");
    public required DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public string? Role { get; init; }
    public string? Segment { get; init; }
    public required AuditAction Action { get; init; }
    public required string ResourceKind { get; init; }
    public required string ResourceId { get; init; }
    public string? Detail { get; init; }
}

public static class AuditResources
{
    public const string Customer = "customer";
    public const string Case = "case";
    public const string Ticket = "ticket";
    public const string Escalation = "escalation";
    public const string Survey = "survey";
    public const string Article = "kb-article";
    public const string Task = "task";
}
