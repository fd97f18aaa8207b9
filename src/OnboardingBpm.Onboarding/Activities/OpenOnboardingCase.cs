using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("OpenOnboardingCase", OnboardingActivities.Category, "Open onboarding case",
    Description = "Opens the onboarding case (and its customer) for a submission. Keyed by the transaction id: a repeated submission or a replay returns the same case.")]
public sealed class OpenOnboardingCase : Activity
{
    [Input(Description = "The submission's idempotency key; one case per transaction id.", Required = true)]
    public Input<string> TransactionId { get; set; } = default!;

    [Input(Description = "The customer's company name.", Required = true)]
    public Input<string> CustomerName { get; set; } = default!;

    [Input(Description = "enterprise, mid-market or smb.", Required = true, Options = ["enterprise", "mid-market", "smb"])]
    public Input<string> Segment { get; set; } = default!;

    [Input(Description = "The contact person: {\"name\": ..., \"email\": ..., \"phone\": ...}.", UIHint = UIHints.Json)]
    public Input<JsonObject?> Contact { get; set; } = default!;

    [Input(Description = "The case's Salesforce id, when it was created there.")]
    public Input<string?> SalesforceCaseId { get; set; } = default!;

    [Input(Description = "When the customer submitted the request; empty: now.")]
    public Input<DateTimeOffset?> SubmittedAt { get; set; } = default!;

    [Output(Description = "The id of the onboarding case.")]
    public Output<string> CaseId { get; set; } = default!;

    [Output(Description = "The id of the customer.")]
    public Output<string> CustomerId { get; set; } = default!;

    [Output(Description = "True when this step opened the case, false when it existed already.")]
    public Output<bool> Opened { get; set; } = default!;

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var cases = context.Services.GetRequiredService<ICaseStore>();
        var transactionId = context.Get(TransactionId);
        var salesforceCaseId = context.Get(SalesforceCaseId);
        var existing = await cases.FindByTransactionIdAsync(transactionId, SegmentScope.All, context.CancellationToken);
        var onboardingCase = existing ?? await NewCaseAsync(context, transactionId, salesforceCaseId);

        // A replay of the step that opened the case must answer as that step did, or the escalation it starts is lost.
        var opened = onboardingCase.WorkflowInstanceId == context.Instance.Id;

        if (existing is not null && salesforceCaseId is { Length: > 0 } && existing.SalesforceCaseId != salesforceCaseId)
        {
            onboardingCase = existing with { SalesforceCaseId = salesforceCaseId, CreatedInCrmAt = existing.CreatedInCrmAt ?? context.Now };
            await cases.SaveAsync(onboardingCase, context.CancellationToken);
        }

        if (opened && !await HasOpenedEventAsync(cases, onboardingCase.Id, context))
        {
            await cases.AppendEventAsync(onboardingCase.Id, new CaseEvent(context.Now, "opened", OnboardingActivities.Actor, "Onboarding request received."), context.CancellationToken);
        }

        if (opened)
        {
            await context.RecordAsync(AuditAction.Create, AuditResources.Case, onboardingCase.Id, onboardingCase.Segment, $"customer {onboardingCase.CustomerId}");
        }

        context.Set(CaseId, onboardingCase.Id);
        context.Set(CustomerId, onboardingCase.CustomerId);
        context.Set(Opened, opened);
        context.Complete();
    }

    private async Task<OnboardingCase> NewCaseAsync(ActivityExecutionContext context, string transactionId, string? salesforceCaseId)
    {
        var segment = context.Get(Segment);
        var contact = ReadContact(context.Get(Contact));
        var customer = await FindOrCreateCustomerAsync(context, transactionId, segment, contact);
        var onboardingCase = new OnboardingCase
        {
            Id = StableIds.From("case", transactionId),
            CustomerId = customer.Id,
            Segment = segment,
            TransactionId = transactionId,
            SalesforceCaseId = salesforceCaseId,
            SubmittedAt = context.Get(SubmittedAt) ?? context.Now,
            CreatedInCrmAt = salesforceCaseId is { Length: > 0 } ? context.Now : null,
            Contact = contact,
            WorkflowInstanceId = context.Instance.Id,
        };

        var cases = context.Services.GetRequiredService<ICaseStore>();
        try
        {
            await cases.SaveAsync(onboardingCase, context.CancellationToken);
            return onboardingCase;
        }
        catch (DuplicateTransactionException)
        {
            // Another instance of the same submission won the race: its case is the case.
            return await cases.FindByTransactionIdAsync(transactionId, SegmentScope.All, context.CancellationToken)
                ?? throw new ActivityFaultException($"The case of transaction {transactionId} vanished while it was opened.");
        }
    }

    private async Task<Customer> FindOrCreateCustomerAsync(ActivityExecutionContext context, string transactionId, string segment, Contact? contact)
    {
        var customers = context.Services.GetRequiredService<ICustomerStore>();
        var name = context.Get(CustomerName).Trim();
        if (contact?.Email is { Length: > 0 } email)
        {
            var known = await customers.FindByEmailAsync(email, SegmentScope.Only(segment), context.CancellationToken);
            if (known.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
        }

        var customer = new Customer
        {
            Id = StableIds.From("cus", transactionId),
            Name = name,
            Segment = segment,
            Contacts = contact is null ? [] : [contact],
            CreatedAt = context.Now,
        };
        await customers.SaveAsync(customer, context.CancellationToken);
        return customer;
    }

    private static async Task<bool> HasOpenedEventAsync(ICaseStore cases, string caseId, ActivityExecutionContext context) =>
        (await cases.TimelineAsync(caseId, SegmentScope.All, context.CancellationToken)).Any(e => e.Kind == "opened");

    private static Contact? ReadContact(JsonObject? json)
    {
        var name = Text(json, "name");
        return name is null ? null : new Contact(name, Text(json, "email"), Text(json, "phone"));
    }

    private static string? Text(JsonObject? json, string property) =>
        json?[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
