using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Privacy;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

/// <summary>Contacts are encrypted here, on the way in and out; the database only sees ciphertext and the email index.</summary>
public sealed class EfCustomerStore(WorkflowContexts contexts, IPersonalDataProtector protector) : ICustomerStore
{
    public async Task SaveAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Customers.FirstOrDefaultAsync(c => c.Id == customer.Id, cancellationToken);
        if (row is null)
        {
            row = new CustomerRow { Id = customer.Id };
            db.Customers.Add(row);
        }

        row.Name = customer.Name;
        row.Segment = customer.Segment;
        row.Tier = customer.Tier;
        row.Region = customer.Region;
        row.SalesforceAccountId = customer.SalesforceAccountId;
        row.CreatedAt = customer.CreatedAt;
        row.ErasedAt = customer.ErasedAt;
        await db.CustomerContacts.Where(c => c.CustomerId == customer.Id).ExecuteDeleteAsync(cancellationToken);
        db.CustomerContacts.AddRange(customer.Contacts.Select((contact, i) => new CustomerContactRow
        {
            CustomerId = customer.Id,
            Position = i,
            NameCipher = protector.Protect(contact.Name),
            EmailCipher = protector.ProtectOrNull(contact.Email),
            PhoneCipher = protector.ProtectOrNull(contact.Phone),
            EmailIndex = protector.EmailIndex(contact.Email),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Customer?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.Customers.AsNoTracking().InScope(scope).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : (await WithContactsAsync(db, [row], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<Customer>> FindByEmailAsync(string email, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        var index = protector.EmailIndex(email);
        if (index is null)
        {
            return [];
        }

        await using var db = contexts.Create();
        var ids = db.CustomerContacts.Where(c => c.EmailIndex == index).Select(c => c.CustomerId);
        var rows = await db.Customers.AsNoTracking().InScope(scope).Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return await WithContactsAsync(db, rows, cancellationToken);
    }

    public async Task<Page<Customer>> ListAsync(CustomerQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.Customers.AsNoTracking().InScope(query.Scope);
        if (query.SalesforceAccountId is { } accountId)
        {
            rows = rows.Where(c => c.SalesforceAccountId == accountId);
        }

        var page = await rows.OrderBy(c => c.Name).ThenBy(c => c.Id).PageAsync(query.Skip, query.Take, r => r, cancellationToken);
        return new Page<Customer>(await WithContactsAsync(db, page.Items, cancellationToken), page.Total);
    }

    public async Task<bool> ErasePersonalDataAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tombstone = protector.Protect(PersonalData.Tombstone);
        await db.CustomerContacts.Where(c => c.CustomerId == id).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.NameCipher, tombstone).SetProperty(c => c.EmailCipher, (string?)null).SetProperty(c => c.PhoneCipher, (string?)null).SetProperty(c => c.EmailIndex, (string?)null),
            cancellationToken);
        var changed = await db.Customers.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ErasedAt, at), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    private async Task<List<Customer>> WithContactsAsync(WorkflowDbContext db, IReadOnlyList<CustomerRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var contacts = (await db.CustomerContacts.AsNoTracking().Where(c => ids.Contains(c.CustomerId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.CustomerId);
        return rows.Select(r => new Customer
        {
            Id = r.Id,
            Name = r.Name,
            Segment = r.Segment,
            Tier = r.Tier,
            Region = r.Region,
            SalesforceAccountId = r.SalesforceAccountId,
            CreatedAt = r.CreatedAt,
            ErasedAt = r.ErasedAt,
            Contacts = contacts[r.Id].OrderBy(c => c.Position)
                .Select(c => new Contact(protector.Unprotect(c.NameCipher), protector.UnprotectOrNull(c.EmailCipher), protector.UnprotectOrNull(c.PhoneCipher)))
                .ToList(),
        }).ToList();
    }
}
