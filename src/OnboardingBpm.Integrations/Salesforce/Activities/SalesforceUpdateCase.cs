using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Salesforce.Activities;

[Activity("SalesforceUpdateCase", "Salesforce", "Update case",
    Description = "Changes fields of an existing Salesforce Case (a repeat writes the same values again, so it is safe to retry).")]
public sealed class SalesforceUpdateCase : IntegrationActivity
{
    [Input(Description = "The Salesforce id of the case.", Required = true)]
    public Input<string> CaseId { get; set; } = default!;

    [Input(Description = "Fields to change, e.g. {\"Status\": \"Escalated\", \"IsEscalated\": true}.", Required = true, UIHint = UIHints.Json)]
    public Input<JsonObject> Fields { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredService<SalesforceClient>();
        await client.UpdateCaseAsync(context.Get(CaseId), context.Get(Fields), cancellationToken);
    }
}
