using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Definitions;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.Instances;

public sealed class InstanceApiTests : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly ScheduledByTestServerFactory factory;
    private readonly HttpClient client;

    public InstanceApiTests(ScheduledByTestServerFactory factory)
    {
        this.factory = factory;
        client = factory.CreateClientAs(DemoUsers.Admin);
    }

    [Fact]
    public async Task a_started_instance_waits_on_its_timer_and_finishes_when_the_clock_passes_it()
    {
        await Import(DefinitionApiTests.Definition("timed", "PT72H"));

        var started = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "timed" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        Assert.Equal("Suspended", (await client.GetFromJsonAsync<JsonObject>(location))!["status"]!.GetValue<string>());

        factory.Clock.Advance(TimeSpan.FromHours(71));
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Suspended", (await client.GetFromJsonAsync<JsonObject>(location))!["status"]!.GetValue<string>());

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        var finished = (await client.GetFromJsonAsync<JsonObject>(location))!;
        Assert.Equal("Finished", finished["status"]!.GetValue<string>());
        var journal = await client.GetFromJsonAsync<JsonObject>(location + "/journal");
        Assert.Contains(journal!["items"]!.AsArray(), e => e!["activityId"]!.GetValue<string>() == "wait" && e["eventType"]!.GetValue<string>() == "Completed");
    }

    [Fact]
    public async Task starting_without_a_definition_id_names_the_field()
    {
        var response = await client.PostAsJsonAsync("/api/workflow-instances", new { input = new { } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]!["$.definitionId"]);
    }

    [Fact]
    public async Task starting_an_unknown_workflow_is_a_404_problem()
    {
        var response = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "no-such-flow" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_malformed_body_is_a_400_naming_the_field_never_a_500()
    {
        var response = await client.PostAsync("/api/workflow-instances", new StringContent("""{"definitionId": 5}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("$.definitionId", body, StringComparison.Ordinal);
        Assert.DoesNotContain("OnboardingBpm.Server", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task resuming_a_bookmark_twice_answers_404_the_second_time()
    {
        await Import("""
            {"definitionId": "wait-event", "name": "wait", "root": {"activities": [
              {"id": "start", "type": "Start"}, {"id": "ev", "type": "Event", "inputs": {"eventName": "go"}}],
             "connections": [{"source": {"activity": "start"}, "target": {"activity": "ev"}}]}}
            """);
        var started = await ServerFactory.ReadObjectAsync(await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "wait-event" }));
        var bookmarkId = started["bookmarks"]![0]!["id"]!.GetValue<string>();

        var first = await client.PostAsJsonAsync($"/api/bookmarks/{bookmarkId}/resume", new { payload = new { ok = true } });
        var second = await client.PostAsJsonAsync($"/api/bookmarks/{bookmarkId}/resume", new { payload = new { ok = true } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Finished", (await ServerFactory.ReadObjectAsync(first))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task cancelling_an_ended_instance_is_a_conflict()
    {
        await Import(DefinitionApiTests.Definition("cancel-me", "PT1H"));
        var started = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "cancel-me" });
        var cancelUrl = started.Headers.Location + "/cancel";

        var first = await client.PostAsync(cancelUrl, null);
        var second = await client.PostAsync(cancelUrl, null);

        Assert.Equal("Cancelled", (await ServerFactory.ReadObjectAsync(first))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    private async Task Import(string json) =>
        (await client.PostAsync("/api/workflow-definitions/import", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
}
