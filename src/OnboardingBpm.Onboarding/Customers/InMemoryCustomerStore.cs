using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Customers;

/// <summary>For unit tests and hosts without a database; holds plaintext in memory only.</summary>
public sealed class InMemoryCustomerStore : ICustomerStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Customer> customers = new(StringComparer.Ordinal);

    public Task SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            customers[customer.Id] = customer;
        }

        return Task.CompletedTask;
    }

    public Task<Customer?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(customers.GetValueOrDefault(id) is { } c && scope.Includes(c.Segment) ? c : null);
        }
    }

    public Task<IReadOnlyList<Customer>> FindByEmailAsync(string email, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        var wanted = PersonalData.NormaliseEmail(email);
        lock (gate)
        {
            IReadOnlyList<Customer> found = customers.Values
                .Where(c => scope.Includes(c.Segment) && c.Contacts.Any(k => k.Email is { } e && PersonalData.NormaliseEmail(e) == wanted))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(found);
        }
    }

    public Task<Page<Customer>> ListAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(customers.Values
                .Where(c => query.Scope.Includes(c.Segment))
                .Where(c => query.SalesforceAccountId is null || c.SalesforceAccountId == query.SalesforceAccountId)
                .OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToPage(query.Skip, query.Take));
        }
    }

    public Task<bool> ErasePersonalDataAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!customers.TryGetValue(id, out var customer))
            {
                return Task.FromResult(false);
            }

            customers[id] = customer with { Contacts = customer.Contacts.Select(_ => Contact.Erased).ToList(), ErasedAt = at };
            return Task.FromResult(true);
        }
    }
}
