using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class UserTaskFormTests
{
    [Fact]
    public async Task an_invalid_completion_lists_every_field_at_fault_and_changes_nothing()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Intake());
        var instance = await engine.StartAsync("intake");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        var before = await engine.InstanceAsync(instance.Id);

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Maybe", new JsonObject
        {
            ["age"] = 12,
            ["code"] = "ab1",
            ["plan"] = "Gold",
            ["email"] = "not-an-address",
            ["nickname"] = "ace",
        }));

        Assert.Equal(
            ["$.data.age", "$.data.code", "$.data.email", "$.data.name", "$.data.nickname", "$.data.plan", "$.outcome"],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        var after = await engine.InstanceAsync(instance.Id);
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(WorkflowStatus.Suspended, after.Status);
        Assert.Equal(before.Bookmarks.Select(b => b.Id), after.Bookmarks.Select(b => b.Id));
        var stored = await engine.Stores.Tasks.FindAsync(task.Id);
        Assert.Equal((task.Revision, task.Status, task.UpdatedAt), (stored!.Revision, stored.Status, stored.UpdatedAt));
        Assert.Null(stored.Data);
    }

    [Theory]
    [InlineData("{\"age\": 30}", "$.data.name", "is required")]
    [InlineData("{\"name\": \"Ada\", \"age\": 121}", "$.data.age", "must be at most 120")]
    [InlineData("{\"name\": \"Ada\", \"age\": 17}", "$.data.age", "must be at least 18")]
    [InlineData("{\"name\": \"Ada\", \"age\": \"thirty\"}", "$.data.age", "must be a number")]
    [InlineData("{\"name\": \"Ada\", \"code\": \"ABCD\"}", "$.data.code", "does not have the expected format")]
    [InlineData("{\"name\": \"Ada\", \"plan\": \"Gold\"}", "$.data.plan", "must be one of Basic, Pro")]
    [InlineData("{\"name\": \"Ada\", \"email\": \"ada@\"}", "$.data.email", "must be an email address")]
    [InlineData("{\"name\": \"Ada\", \"nickname\": \"ace\"}", "$.data.nickname", "is not a field of this form")]
    public async Task each_form_rule_is_enforced_on_completion(string data, string path, string message)
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Intake());
        var instance = await engine.StartAsync("intake");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Tasks.CompleteAsync(task.Id, "alice", "Accept", JsonNode.Parse(data)!.AsObject()));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((path, message), (problem.Path, problem.Message));
        Assert.True((await engine.Stores.Tasks.FindAsync(task.Id))!.IsActive);
    }

    [Fact]
    public async Task a_valid_completion_passes_the_form_data_to_the_workflow()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Intake());
        var instance = await engine.StartAsync("intake");
        var task = Assert.Single(await engine.ActiveTasksAsync(instance.Id));
        var data = new JsonObject { ["name"] = "Ada", ["age"] = 36, ["code"] = "ABC", ["plan"] = "Pro", ["email"] = "ada@example.com" };

        var run = await engine.Tasks.CompleteAsync(task.Id, "alice", "Accept", data);

        Assert.Equal(WorkflowStatus.Finished, run.Instance.Status);
        Assert.True(JsonNode.DeepEquals(data, run.Instance.Variables["form"]));
        Assert.Equal("Accept", run.Instance.Variables["choice"]!.GetValue<string>());
        Assert.Equal(HumanTaskStatus.Completed, (await engine.Stores.Tasks.FindAsync(task.Id))!.Status);
    }

    private static string Intake() => Flow("intake",
        [
            Activity("start", "Start"),
            Activity("intake", "UserTask", new()
            {
                ["title"] = "Intake",
                ["outcomes"] = new JsonArray("Accept", "Decline"),
                ["formFields"] = new JsonArray(
                    new JsonObject { ["name"] = "name", ["required"] = true },
                    new JsonObject { ["name"] = "age", ["type"] = "Number", ["min"] = 18, ["max"] = 120 },
                    new JsonObject { ["name"] = "code", ["pattern"] = "[A-Z]{3}" },
                    new JsonObject { ["name"] = "plan", ["type"] = "Select", ["options"] = new JsonArray("Basic", "Pro") },
                    new JsonObject { ["name"] = "email", ["type"] = "Email" }),
            }).WithOutput("Data", "form").WithOutput("Outcome", "choice"),
        ],
        [Connect("start", "intake")],
        [Variable("form", "Object"), Variable("choice", "String")]);
}
