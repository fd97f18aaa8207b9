using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Salesforce.Activities;

[Activity("SalesforceQuery", "Salesforce", "Query (SOQL)",
    Description = "Runs a SOQL query and collects its records across pages, up to a maximum.")]
public sealed class SalesforceQuery : IntegrationActivity
{
    [Input(Description = "The query, e.g. SELECT Id, Status FROM Case WHERE IsClosed = false.", Required = true, UIHint = UIHints.MultiLine)]
    public Input<string> Soql { get; set; } = default!;

    [Input(Description = "Stop after this many records (pages are read until then).", DefaultJson = "2000")]
    public Input<int> MaxRecords { get; set; } = default!;

    [Output(Description = "The records, each with its selected fields.")]
    public Output<JsonArray> Records { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredService<SalesforceClient>();
        var result = await client.QueryAsync(context.Get(Soql), context.Get(MaxRecords), cancellationToken);
        context.Set(Records, new JsonArray([.. result.Records.Select(r => (JsonNode?)r)]));
    }
}
