using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using OnboardingBpm.Workflows.Validation;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>Publishing is where validation is enforced: nothing with an error becomes a version.</summary>
public sealed class PublishValidationTests
{
    [Fact]
    public async Task publishing_an_invalid_definition_throws_with_its_problems_and_stores_no_version()
    {
        await using var engine = new EngineHarness();
        var json = Flow("broken", [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "soon" })], [Connect("start", "wait"), Connect("wait", "ghost")]);

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Definitions.PublishAsync(json, "test"));

        Assert.Equal(["$.root.activities[1].inputs.duration", "$.root.connections[1].target.activity"], error.Problems.Select(p => p.Path));
        Assert.Empty(await engine.Stores.Definitions.ListVersionsAsync("broken"));
        Assert.Empty(await engine.Stores.Triggers.ListAllAsync());
    }

    [Fact]
    public async Task the_problems_of_a_rejected_publish_are_errors_only()
    {
        await using var engine = new EngineHarness();
        var json = Flow("broken", [Activity("start", "Start"), Activity("log", "Log", new() { ["message"] = "hi", ["colour"] = "red" }), Activity("x", "Nope")], [Connect("start", "log")]);

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Definitions.PublishAsync(json, "test"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((ProblemSeverity.Error, "$.root.activities[2].type"), (problem.Severity, problem.Path));
    }

    [Fact]
    public async Task an_invalid_new_content_leaves_the_published_version_in_place()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("steady", [Activity("start", "Start"), Activity("end", "Finish")], [Connect("start", "end")]));

        await Assert.ThrowsAsync<WorkflowValidationException>(() =>
            engine.Definitions.PublishAsync(Flow("steady", [Activity("start", "Start"), Activity("end", "Finnish")], [Connect("start", "end")]), "test"));

        var latest = await engine.Stores.Definitions.FindLatestAsync("steady");
        Assert.Equal(1, latest!.Version);
        Assert.Equal(1, (await engine.StartAsync("steady")).DefinitionVersion);
    }
}
