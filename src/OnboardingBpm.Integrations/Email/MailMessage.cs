namespace OnboardingBpm.Integrations.Email;

/// <summary>
/// An email as the workflows send it. <see cref="Id"/> is stable across retries (the workflow's transaction id),
/// so the outbox stores a message once and SMTP receives it with the same Message-ID.
/// </summary>
public sealed record MailMessage
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>Empty uses the configured sender.</summary>
    public string? From { get; init; }

    public required string Subject { get; init; }
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>What the mail is for (welcome, escalation, alert, report), for filtering the outbox.</summary>
    public string? Category { get; init; }

    /// <summary>The workflow instance that sent it, when one did.</summary>
    public string? InstanceId { get; init; }
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
