using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Onboarding.Privacy;

/// <summary>Who asked for an export or erasure, as the audit log records it.</summary>
public sealed record DataRequester(string Actor, string Role);

/// <summary>
/// A customer's data requests: export everything held about them as JSON, or erase (pseudonymise) their
/// personal data. Erasure keeps the non-personal facts (segment, dates, ratings, statuses) so KPIs of past
/// periods do not change. Both are audited.
/// </summary>
public sealed class PersonalDataRequests(
    ICustomerStore customers,
    ICaseStore cases,
    ITicketStore tickets,
    IEscalationStore escalations,
    ISurveyStore surveys,
    IAuditLog audit,
    IMailOutbox mails,
    TimeProvider time)
{
    private const int PageSize = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Null when the customer is unknown.</summary>
    public async Task<JsonObject?> ExportAsync(string customerId, DataRequester requester, CancellationToken cancellationToken = default)
    {
        var customer = await customers.FindAsync(customerId, SegmentScope.All, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var customerCases = await AllAsync((skip, ct) => cases.ListAsync(new CaseQuery(SegmentScope.All) { CustomerId = customerId, Skip = skip, Take = PageSize }, ct), cancellationToken);
        var caseNodes = new JsonArray();
        foreach (var c in customerCases)
        {
            var node = JsonSerializer.SerializeToNode(c, Json)!.AsObject();
            node["timeline"] = JsonSerializer.SerializeToNode(await cases.TimelineAsync(c.Id, SegmentScope.All, cancellationToken), Json);
            caseNodes.Add(node);
        }

        var invitations = await surveys.ListInvitationsAsync(customerId, SegmentScope.All, cancellationToken);
        var export = new JsonObject
        {
            ["exportedAt"] = time.GetUtcNow(),
            ["customer"] = JsonSerializer.SerializeToNode(customer, Json),
            ["cases"] = caseNodes,
            ["tickets"] = Node(await AllAsync((skip, ct) => tickets.ListAsync(new TicketQuery(SegmentScope.All) { CustomerId = customerId, Skip = skip, Take = PageSize }, ct), cancellationToken)),
            ["escalations"] = Node(await AllAsync((skip, ct) => escalations.ListAsync(new EscalationQuery(SegmentScope.All) { CustomerId = customerId, Skip = skip, Take = PageSize }, ct), cancellationToken)),
            // The token hash is a credential's fingerprint, not data about the customer.
            ["surveyInvitations"] = Node(invitations.Select(i => new { i.Id, i.SubjectId, i.CreatedAt, i.ExpiresAt, i.ReminderSentAt, i.AnsweredAt })),
            ["surveyResponses"] = Node(await AllAsync((skip, ct) => surveys.ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All) { CustomerId = customerId, Skip = skip, Take = PageSize }, ct), cancellationToken)),
        };
        await AuditAsync(customer, requester, AuditAction.Export, $"{customerCases.Count} cases", cancellationToken);
        return export;
    }

    /// <summary>False when the customer is unknown. Running it again on an erased customer changes nothing but is audited.</summary>
    public async Task<bool> EraseAsync(string customerId, DataRequester requester, CancellationToken cancellationToken = default)
    {
        var customer = await customers.FindAsync(customerId, SegmentScope.All, cancellationToken);
        if (customer is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var erasedMails = await DeleteMailsAsync(customer, cancellationToken);
        var erasedCases = await cases.ErasePersonalDataAsync(customerId, cancellationToken);
        var erasedComments = await surveys.ErasePersonalDataAsync(customerId, cancellationToken);
        // The customer row goes last: ErasedAt means everything before it is done.
        await customers.ErasePersonalDataAsync(customerId, now, cancellationToken);
        await AuditAsync(customer, requester, AuditAction.Erase, $"{customer.Contacts.Count} contacts, {erasedCases} case contacts, {erasedComments} survey comments, {erasedMails} mails", cancellationToken);
        return true;
    }

    /// <summary>The outbox keeps what was sent to the customer's addresses (contacts and case contacts): it goes.</summary>
    private async Task<int> DeleteMailsAsync(Customer customer, CancellationToken cancellationToken)
    {
        var customerCases = await AllAsync((skip, ct) => cases.ListAsync(new CaseQuery(SegmentScope.All) { CustomerId = customer.Id, Skip = skip, Take = PageSize }, ct), cancellationToken);
        var addresses = customer.Contacts.Select(c => c.Email)
            .Concat(customerCases.Select(c => c.Contact?.Email))
            .OfType<string>()
            .Where(e => e.Length > 0)
            .Select(PersonalData.NormaliseEmail)
            .Distinct(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var address in addresses)
        {
            deleted += await mails.DeleteToRecipientAsync(address, cancellationToken);
        }

        return deleted;
    }

    private Task AuditAsync(Customer customer, DataRequester requester, AuditAction action, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = requester.Actor,
                Role = requester.Role,
                Segment = customer.Segment,
                Action = action,
                ResourceKind = AuditResources.Customer,
                ResourceId = customer.Id,
                Detail = detail,
            },
            cancellationToken);

    private static JsonNode? Node<T>(IEnumerable<T> items) => JsonSerializer.SerializeToNode(items.ToList(), Json);

    private static async Task<List<T>> AllAsync<T>(Func<int, CancellationToken, Task<Workflows.Stores.Page<T>>> page, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        while (true)
        {
            var next = await page(all.Count, cancellationToken);
            all.AddRange(next.Items);
            if (next.Items.Count == 0 || all.Count >= next.Total)
            {
                return all;
            }
        }
    }
}
