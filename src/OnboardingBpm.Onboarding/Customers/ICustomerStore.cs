using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Customers;

public interface ICustomerStore
{
    /// <summary>Inserts or replaces the customer and its contacts.</summary>
    Task SaveAsync(Customer customer, CancellationToken cancellationToken = default);

    Task<Customer?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Customers with a contact of this email (case and surrounding spaces ignored), through the blind index.</summary>
    Task<IReadOnlyList<Customer>> FindByEmailAsync(string email, SegmentScope scope, CancellationToken cancellationToken = default);

    /// <summary>Ordered by name.</summary>
    Task<Page<Customer>> ListAsync(CustomerQuery query, CancellationToken cancellationToken = default);

    /// <summary>Replaces every contact with <see cref="Contact.Erased"/>, drops the email index, sets ErasedAt. False when unknown.</summary>
    Task<bool> ErasePersonalDataAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);
}

public sealed record CustomerQuery(SegmentScope Scope)
{
    public string? SalesforceAccountId { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}
