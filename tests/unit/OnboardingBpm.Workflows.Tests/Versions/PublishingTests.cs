using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Tests.Support;
using OnboardingBpm.Workflows.Validation;
using OnboardingBpm.Workflows.Versions;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Versions;

public sealed class PublishingTests
{
    private static string Greeting(string text) =>
        Flow("greet", [Activity("start", "Start"), Activity("say", "Log", new() { ["message"] = text })], [Connect("start", "say")]);

    [Fact]
    public async Task publishing_changed_content_makes_version_1_then_version_2()
    {
        await using var engine = new EngineHarness();

        var first = await engine.Definitions.PublishAsync(Greeting("hello"), "ana");
        engine.Clock.Advance(TimeSpan.FromHours(1));
        var second = await engine.Definitions.PublishAsync(Greeting("hello again"), "ben");

        Assert.Equal((PublishOutcome.Published, 1, "ana"), (first.Outcome, first.Version.Version, first.Version.PublishedBy));
        Assert.Equal((PublishOutcome.Published, 2, "ben"), (second.Outcome, second.Version.Version, second.Version.PublishedBy));
        Assert.Equal(engine.Clock.GetUtcNow(), second.Version.PublishedAt);
        Assert.Equal(2, JsonNode.Parse(second.Version.Json)!["version"]!.GetValue<int>());
        Assert.Equal([1, 2], (await engine.Stores.Definitions.ListVersionsAsync("greet")).Select(v => v.Version));
    }

    [Theory]
    [InlineData("version", "17")]
    [InlineData("$schema", "\"../other/place.schema.json\"")]
    public async Task publishing_identical_content_is_unchanged_whatever_its_version_field_or_schema(string property, string value)
    {
        await using var engine = new EngineHarness();
        var published = await engine.PublishAsync(Greeting("hello"));
        var same = JsonNode.Parse(Greeting("hello"))!.AsObject();
        same[property] = JsonNode.Parse(value);

        var again = await engine.Definitions.PublishAsync(same.ToJsonString(new() { WriteIndented = true }), "test");

        Assert.Equal(PublishOutcome.Unchanged, again.Outcome);
        Assert.Equal(published.Version, again.Version.Version);
        Assert.Single(await engine.Stores.Definitions.ListVersionsAsync("greet"));
    }

    [Fact]
    public async Task content_equal_to_a_retracted_version_is_published_again_as_a_new_version()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Greeting("hello"));
        await engine.Definitions.RetractAsync("greet", 1);

        var again = await engine.Definitions.PublishAsync(Greeting("hello"), "test");

        Assert.Equal((PublishOutcome.Published, 2), (again.Outcome, again.Version.Version));
        Assert.Equal(2, (await engine.StartAsync("greet")).DefinitionVersion);
    }

    [Fact]
    public async Task the_warnings_of_a_published_definition_come_back_with_it()
    {
        await using var engine = new EngineHarness();
        var json = Flow("greet", [Activity("start", "Start"), Activity("say", "Log", new() { ["message"] = "hi", ["colour"] = "red" })], [Connect("start", "say")]);

        var result = await engine.Definitions.PublishAsync(json, "test");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ProblemSeverity.Warning, "$.root.activities[1].inputs.colour"), (warning.Severity, warning.Path));
    }
}
