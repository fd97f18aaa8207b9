using OnboardingBpm.Onboarding.Privacy;

namespace OnboardingBpm.Onboarding.Customers;

/// <summary>A customer account. The company facts are not personal data; its <see cref="Contacts"/> are.</summary>
public sealed record Customer
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>enterprise, mid-market or smb (<see cref="Segments"/>).</summary>
    public required string Segment { get; init; }

    public string? Tier { get; init; }
    public string? Region { get; init; }
    public string? SalesforceAccountId { get; init; }
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when the customer's personal data was erased (pseudonymised) on request.</summary>
    public DateTimeOffset? ErasedAt { get; init; }
}

/// <summary>A person at a customer: every field is personal data, encrypted at rest.</summary>
public sealed record Contact(string Name, string? Email, string? Phone)
{
    /// <summary>What an erased contact becomes: a tombstone name and nothing else.</summary>
    public static readonly Contact Erased = new(PersonalData.Tombstone, null, null);
}
