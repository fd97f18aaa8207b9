using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using OnboardingBpm.Workflows.Versions;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Versions;

/// <summary>A draft is the designer's working copy: saved as it is, published when it is right.</summary>
public sealed class DraftTests
{
    private static string Unfinished() =>
        Flow("onboard", [Activity("start", "Start"), Activity("wait", "Delay")], [Connect("start", "wait")]);

    private static string Finished() =>
        Flow("onboard", [Activity("start", "Start"), Activity("wait", "Delay", new() { ["duration"] = "P1D" })], [Connect("start", "wait")]);

    [Fact]
    public async Task an_invalid_draft_is_saved_and_its_problems_come_back()
    {
        await using var engine = new EngineHarness();

        var (draft, validation) = await engine.Definitions.SaveDraftAsync(Unfinished(), "ana");

        Assert.False(validation.IsValid);
        Assert.Equal("$.root.activities[1].inputs.duration", Assert.Single(validation.Errors).Path);
        var stored = await engine.Stores.Definitions.FindDraftAsync("onboard");
        Assert.Equal((Unfinished(), "ana", engine.Clock.GetUtcNow()), (stored!.Json, stored.UpdatedBy, stored.UpdatedAt));
        Assert.Equal(draft, stored);
        Assert.Empty(await engine.Stores.Definitions.ListVersionsAsync("onboard"));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{ \"name\": \"no id\" }")]
    [InlineData("{ \"definitionId\": \"Not An Id\", \"name\": \"x\" }")]
    public async Task a_draft_needs_valid_json_and_a_definition_id(string json)
    {
        await using var engine = new EngineHarness();

        var error = await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Definitions.SaveDraftAsync(json, "ana"));

        Assert.Contains(error.Problems, p => p.Path is "$" or "$.definitionId");
        Assert.Empty(await engine.Stores.Definitions.ListAsync());
    }

    [Fact]
    public async Task publishing_a_draft_makes_the_next_version_and_deletes_the_draft()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("onboard", [Activity("start", "Start")], []));
        await engine.Definitions.SaveDraftAsync(Finished(), "ana");

        var result = await engine.Definitions.PublishDraftAsync("onboard", "ben");

        Assert.Equal((PublishOutcome.Published, 2, "ben"), (result.Outcome, result.Version.Version, result.Version.PublishedBy));
        Assert.Null(await engine.Stores.Definitions.FindDraftAsync("onboard"));
        Assert.Equal(2, (await engine.StartAsync("onboard")).DefinitionVersion);
    }

    [Fact]
    public async Task a_draft_that_is_still_invalid_is_not_published_and_is_kept()
    {
        await using var engine = new EngineHarness();
        await engine.Definitions.SaveDraftAsync(Unfinished(), "ana");

        await Assert.ThrowsAsync<WorkflowValidationException>(() => engine.Definitions.PublishDraftAsync("onboard", "ana"));

        Assert.NotNull(await engine.Stores.Definitions.FindDraftAsync("onboard"));
        Assert.Empty(await engine.Stores.Definitions.ListVersionsAsync("onboard"));
    }

    [Fact]
    public async Task publishing_without_a_draft_is_not_found()
    {
        await using var engine = new EngineHarness();

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.Definitions.PublishDraftAsync("onboard", "ana"));
    }

    [Fact]
    public async Task saving_a_draft_does_not_change_what_new_instances_run()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Finished());

        await engine.Definitions.SaveDraftAsync(Flow("onboard", [Activity("start", "Start"), Activity("end", "Finish")], [Connect("start", "end")]), "ana");

        var instance = await engine.StartAsync("onboard");
        Assert.Equal(1, instance.DefinitionVersion);
        Assert.Equal(["start"], await engine.CompletedActivitiesAsync(instance.Id));
    }
}
