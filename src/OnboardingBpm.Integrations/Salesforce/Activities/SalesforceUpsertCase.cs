using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Salesforce.Activities;

[Activity("SalesforceUpsertCase", "Salesforce", "Upsert case",
    Description = "Creates or updates a Salesforce Case keyed by the transaction id, so a retry or a replay after a crash updates the same case.")]
public sealed class SalesforceUpsertCase : IntegrationActivity
{
    [Input(Description = "Case fields to write, e.g. {\"Subject\": \"Onboarding\", \"Status\": \"New\", \"SuppliedEmail\": \"...\"}.", Required = true, UIHint = UIHints.Json)]
    public Input<JsonObject> Fields { get; set; } = default!;

    [Input(Description = "The transaction id stored in the external-id field. Empty: this step's own idempotency key, stable across retries.")]
    public Input<string?> TransactionId { get; set; } = default!;

    [Output(Description = "The Salesforce id of the case (500...).")]
    public Output<string> CaseId { get; set; } = default!;

    [Output(Description = "True when this call created the case, false when it updated an existing one.")]
    public Output<bool> Created { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var transactionId = context.KeyOrIdempotencyKey(TransactionId);
        var client = context.Services.GetRequiredService<SalesforceClient>();
        var result = await client.UpsertCaseAsync(transactionId, context.Get(Fields), cancellationToken);
        context.Set(CaseId, result.Id);
        context.Set(Created, result.Created);
    }
}
