using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Salesforce.Activities;

[Activity("SalesforceGetCase", "Salesforce", "Get case",
    Description = "Reads a Salesforce Case by id or by transaction id. While Salesforce is down, a copy up to 1 hour old is used and marked stale.")]
public sealed class SalesforceGetCase : IntegrationActivity
{
    [Input(Description = "The Salesforce id of the case. Give this or the transaction id.")]
    public Input<string?> CaseId { get; set; } = default!;

    [Input(Description = "The transaction id the case was upserted with. Used when no case id is given.")]
    public Input<string?> TransactionId { get; set; } = default!;

    [Output(Description = "The case with all its fields.")]
    public Output<JsonObject> Case { get; set; } = default!;

    [Output(Description = "True when Salesforce could not answer and the case comes from the cache.")]
    public Output<bool> IsStale { get; set; } = default!;

    public override IEnumerable<ActivityProblem> Validate()
    {
        if (CaseId.IsEmpty && TransactionId.IsEmpty)
        {
            yield return new ActivityProblem(null, "Give a case id or a transaction id.");
        }
    }

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredService<SalesforceClient>();
        var read = context.Get(CaseId) is { Length: > 0 } caseId
            ? await client.GetCaseAsync(caseId, cancellationToken)
            : context.Get(TransactionId) is { Length: > 0 } transactionId
                ? await client.GetCaseByTransactionIdAsync(transactionId, cancellationToken)
                : throw new ActivityFaultException("Neither a case id nor a transaction id was given.") { Permanent = true };
        context.Set(Case, read.Value);
        context.Set(IsStale, read.IsStale);
    }
}
