using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class HttpTests
{
    [Fact]
    public async Task an_http_endpoint_starts_the_workflow_and_its_body_reaches_a_variable()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(SignUp());

        var run = await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/signup")
        {
            Body = new JsonObject { ["name"] = "Ada" },
            Query = new JsonObject { ["source"] = "ads" },
        });

        Assert.NotNull(run);
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.Equal("Ada", run.Instance.Variables["request"]!["name"]!.GetValue<string>());
        Assert.Equal("ads", run.Instance.Variables["query"]!["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task http_response_returns_the_status_content_and_content_type()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(SignUp());

        var run = await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("post", "/SignUp/") { Body = new JsonObject { ["name"] = "Grace" } });

        var response = run?.HttpResponse;
        Assert.NotNull(response);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("Welcome Grace", response.Content!["greeting"]!.GetValue<string>());
        Assert.Equal(run!.Instance.Id, response.Content!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_http_endpoint_inside_a_flow_is_resumed_by_a_request_with_the_instance_correlation_id()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Confirm());
        var instance = await engine.StartAsync("confirm", correlationId: "K-1");

        var wrong = await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/confirm") { CorrelationId = "K-2", Body = new JsonObject { ["ok"] = false } });
        Assert.Null(wrong);
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(instance.Id)).Status);

        var run = await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/confirm") { CorrelationId = "K-1", Body = new JsonObject { ["ok"] = true } });

        Assert.NotNull(run);
        Assert.Equal(instance.Id, run.Instance.Id);
        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.True(run.Instance.Variables["confirmation"]!["ok"]!.GetValue<bool>());
        Assert.Equal(200, run.HttpResponse?.StatusCode);
    }

    [Fact]
    public async Task an_http_endpoint_inside_a_flow_of_an_uncorrelated_instance_waits_on_the_instance_id()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Confirm());
        var instance = await engine.StartAsync("confirm");

        var run = await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/confirm") { CorrelationId = instance.Id });

        Assert.Equal(WorkflowStatus.Finished, run?.Instance.Status);
    }

    [Fact]
    public async Task an_unknown_route_returns_null()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(SignUp());

        Assert.Null(await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", "/nowhere")));
        Assert.Null(await engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("GET", "/signup")));
    }

    [Fact]
    public async Task an_http_response_with_an_invalid_status_code_raises_an_incident()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("bad-status",
            [Activity("start", "Start"), Activity("reply", "HttpResponse", new() { ["statusCode"] = Js("input.code") })],
            [Connect("start", "reply")]));

        var instance = await engine.StartAsync("bad-status", new JsonObject { ["code"] = 42 });

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Contains("42 is not an HTTP status code", incident.Message, StringComparison.Ordinal);
    }

    private static string SignUp() => Flow("signup",
        [
            Activity("request", "HttpEndpoint", new() { ["path"] = "/signup", ["method"] = "POST" }).WithOutput("Body", "request").WithOutput("Query", "query"),
            Activity("reply", "HttpResponse", new()
            {
                ["statusCode"] = 201,
                ["content"] = Js("({ id: instance.id, greeting: 'Welcome ' + variables.request.name })"),
            }),
        ],
        [Connect("request", "reply")],
        [Variable("request", "Object"), Variable("query", "Object")]);

    private static string Confirm() => Flow("confirm",
        [
            Activity("start", "Start"),
            Activity("confirm", "HttpEndpoint", new() { ["path"] = "/confirm" }).WithOutput("Body", "confirmation"),
            Activity("reply", "HttpResponse", new() { ["content"] = "confirmed" }),
        ],
        [Connect("start", "confirm"), Connect("confirm", "reply")],
        [Variable("confirmation", "Object")]);
}
