using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Activities.Http;

[Activity("HttpResponse", "HTTP", "HTTP response", Description = "Writes the answer to the request that started or resumed this burst.")]
public sealed class HttpResponse : Activity
{
    [Input(Description = "The status code.", DefaultJson = "200")]
    public Input<int> StatusCode { get; set; } = default!;

    [Input(Description = "The response body.", UIHint = UIHints.Json)]
    public Input<JsonNode?> Content { get; set; } = default!;

    [Input(Description = "The content type.", DefaultJson = "\"application/json\"")]
    public Input<string> ContentType { get; set; } = default!;

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var status = context.Get(StatusCode);
        if (status is < 100 or > 599)
        {
            throw new ActivityFaultException($"{status} is not an HTTP status code.");
        }

        context.SetHttpResponse(new WorkflowHttpResponse(status, context.Get(Content), context.Get(ContentType)));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
