using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// Hostile scripts and templates published and run: each JavaScript attack ends its instance in an incident within
/// a bound (the sandbox's time, statement, recursion and memory limits; no .NET reachable), each template renders
/// harmlessly or fails the same way, and the server keeps answering.
/// </summary>
public sealed class ScriptSandboxTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    /// <summary>The sandbox stops a script after 2 s; the bound leaves room for a loaded machine, not for a hang.</summary>
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(20);

    public static TheoryData<int> JavaScriptAttacks => [.. Enumerable.Range(0, ScriptAttacks.JavaScript.Length)];

    public static TheoryData<int> TemplateAttacks => [.. Enumerable.Range(0, ScriptAttacks.Handlebars.Length)];

    [Theory]
    [MemberData(nameof(JavaScriptAttacks))]
    public async Task a_hostile_script_ends_its_instance_in_an_incident_within_the_bound(int attack)
    {
        var (label, code) = ScriptAttacks.JavaScript[attack];
        using var client = factory.CreateClientAs(DemoUsers.Admin);
        var definitionId = $"sandbox-js-{attack}";
        await PublishAsync(client, Definition(definitionId, new JsonObject { ["id"] = "attack", ["type"] = "Script", ["inputs"] = new JsonObject { ["code"] = code } }));

        var (instance, elapsed) = await StartAsync(client, definitionId);

        Assert.True(elapsed < RunBound, $"{label}: the start took {elapsed.TotalSeconds:F1} s");
        Assert.True(instance["status"]!.GetValue<string>() == "Faulted", $"{label}: the instance is {instance["status"]}, not Faulted: {instance.ToJsonString()}");
        var incidents = await client.GetFromJsonAsync<JsonArray>($"/api/incidents?instanceId={instance["id"]}", TestContext.Current.CancellationToken);
        var incident = Assert.Single(incidents!)!;
        Assert.Equal("attack", incident["activityId"]!.GetValue<string>());
        Assert.StartsWith("Script ", incident["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TemplateAttacks))]
    public async Task a_hostile_template_renders_harmlessly_or_ends_in_an_incident(int attack)
    {
        var (label, template) = ScriptAttacks.Handlebars[attack];
        using var client = factory.CreateClientAs(DemoUsers.Admin);
        var definitionId = $"sandbox-hbs-{attack}";
        var log = new JsonObject
        {
            ["id"] = "attack",
            ["type"] = "Log",
            ["inputs"] = new JsonObject { ["message"] = new JsonObject { ["expression"] = new JsonObject { ["type"] = "Template", ["value"] = template } } },
        };
        if (!await PublishAsync(client, Definition(definitionId, log), refusalAllowed: true))
        {
            return;
        }

        var (instance, elapsed) = await StartAsync(client, definitionId);

        Assert.True(elapsed < RunBound, $"{label}: the start took {elapsed.TotalSeconds:F1} s");
        var status = instance["status"]!.GetValue<string>();
        Assert.True(status is "Finished" or "Faulted", $"{label}: the instance is {status}");
        var journal = await client.GetStringAsync($"/api/workflow-instances/{instance["id"]}/journal", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("System.", journal, StringComparison.Ordinal);
    }

    private static JsonObject Definition(string definitionId, JsonObject attack) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = $"Sandbox {definitionId}",
        ["variables"] = new JsonArray(new JsonObject { ["name"] = "label", ["type"] = "String", ["default"] = "sandboxed" }),
        ["root"] = new JsonObject
        {
            ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Start" }, attack, new JsonObject { ["id"] = "done", ["type"] = "Finish" }),
            ["connections"] = new JsonArray(Connect("start", "attack"), Connect("attack", "done")),
        },
    };

    private static JsonObject Connect(string source, string target) =>
        new() { ["source"] = new JsonObject { ["activity"] = source }, ["target"] = new JsonObject { ["activity"] = target } };

    /// <summary>Publishes the definition; a template the validator refuses (with a problem) is a pass when allowed.</summary>
    private static async Task<bool> PublishAsync(HttpClient client, JsonObject definition, bool refusalAllowed = false)
    {
        using var content = new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/workflow-definitions/import", content, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (refusalAllowed && response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return false;
        }

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"The import was answered {(int)response.StatusCode}: {body}");
        return true;
    }

    private static async Task<(JsonObject Instance, TimeSpan Elapsed)> StartAsync(HttpClient client, string definitionId)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(RunBound * 2);
        var clock = Stopwatch.StartNew();
        var response = await client.PostAsJsonAsync("/api/workflow-instances", new { definitionId }, timeout.Token);
        var elapsed = clock.Elapsed;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ServerFactory.ReadObjectAsync(response), elapsed);
    }
}
