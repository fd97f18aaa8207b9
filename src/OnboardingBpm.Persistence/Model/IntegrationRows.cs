namespace OnboardingBpm.Persistence.Model;

/// <summary>A mail of the local outbox; <see cref="Content"/> is the whole message as JSON, attachments included.</summary>
public sealed class MailRow
{
    public string Id { get; set; } = "";
    public DateTimeOffset StoredAt { get; set; }
    public string Transport { get; set; } = "";
    /// <summary>Encrypted (IPersonalDataProtector): subjects name customers.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The blind indexes of To and Cc, each wrapped in commas (",i1,i2,") so one LIKE finds a recipient.</summary>
    public string Recipients { get; set; } = "";

    public string? Category { get; set; }
    public string? InstanceId { get; set; }

    /// <summary>The whole message as JSON, encrypted.</summary>
    public string Content { get; set; } = "";
}

public sealed class AlertRow
{
    public string Id { get; set; } = "";
    public string DedupKey { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Severity { get; set; } = "";
    public string Audience { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Detail { get; set; }
    public string? InstanceId { get; set; }
    public string? IncidentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
}

public sealed class IntegrationRunRow
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string Status { get; set; } = "";
    public string? InstanceId { get; set; }
    public string? Summary { get; set; }
    public string? Error { get; set; }
}
