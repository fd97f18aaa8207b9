namespace OnboardingBpm.Persistence.Model;

/// <summary>A row that belongs to one customer segment, so stores can apply RBAC in the query.</summary>
public interface ISegmentedRow
{
    string Segment { get; }
}

public sealed class CustomerRow : ISegmentedRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Segment { get; set; } = "";
    public string? Tier { get; set; }
    public string? Region { get; set; }
    public string? SalesforceAccountId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
}

/// <summary>Columns ending in <c>Cipher</c> hold protected values (see IPersonalDataProtector), never plaintext.</summary>
public sealed class CustomerContactRow
{
    public long Id { get; set; }
    public string CustomerId { get; set; } = "";
    public int Position { get; set; }
    public string NameCipher { get; set; } = "";
    public string? EmailCipher { get; set; }
    public string? PhoneCipher { get; set; }

    /// <summary>Keyed HMAC of the normalised email: equality lookups without decrypting.</summary>
    public string? EmailIndex { get; set; }
}

public sealed class CaseRow : ISegmentedRow
{
    public string Id { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Segment { get; set; } = "";
    public string? SalesforceCaseId { get; set; }
    public string TransactionId { get; set; } = "";
    public string Phase { get; set; } = "";
    public string Status { get; set; } = "";
    public int HealthScore { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? CreatedInCrmAt { get; set; }
    public DateTimeOffset? FirstContactAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public DateTimeOffset? ActiveAt { get; set; }
    public bool IsEscalated { get; set; }
    public string? ContactNameCipher { get; set; }
    public string? ContactEmailCipher { get; set; }
    public string? ContactPhoneCipher { get; set; }
    public string? WorkflowInstanceId { get; set; }
}

public sealed class CaseEventRow
{
    public long Id { get; set; }
    public string CaseId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Kind { get; set; } = "";
    public string Actor { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class TicketRow : ISegmentedRow
{
    public string Id { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Segment { get; set; } = "";
    public string? Subject { get; set; }
    public string Priority { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SlaDueAt { get; set; }
    public string? Assignee { get; set; }
    public int ReopenCount { get; set; }
    public bool FirstContactResolution { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? KbArticleId { get; set; }
    public int? KbArticleVersion { get; set; }
    public bool KbOutdated { get; set; }
}

public sealed class EscalationRow : ISegmentedRow
{
    public string Id { get; set; } = "";
    public string SubjectKind { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Segment { get; set; } = "";
    public DateTimeOffset EscalatedAt { get; set; }
    public string? NotifiedSupervisor { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
}

public sealed class SurveyInvitationRow : ISegmentedRow
{
    public string Id { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Segment { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}

public sealed class SurveyResponseRow : ISegmentedRow
{
    public string InvitationId { get; set; } = "";
    public string CustomerId { get; set; } = "";
    public string Segment { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public int Rating { get; set; }
    public string? CommentCipher { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
}

public sealed class KbArticleRow
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public int CurrentVersion { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class KbArticleVersionRow
{
    public string ArticleId { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Author { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
}

public sealed class AuditRow
{
    public string Id { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Actor { get; set; } = "";
    public string? Role { get; set; }
    public string? Segment { get; set; }
    public string Action { get; set; } = "";
    public string ResourceKind { get; set; } = "";
    public string ResourceId { get; set; } = "";
    public string? Detail { get; set; }
}
