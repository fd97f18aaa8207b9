using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Definitions;

/// <summary>
/// The JSON Schema under workflows/schema is written by hand; these tests hold it to the engine so it cannot
/// silently fall behind a new activity or a changed [Input] attribute.
/// </summary>
public sealed class WorkflowSchemaTests
{
    private static readonly ActivityRegistry Registry = CoreActivities.Register(new ActivityRegistry());
    private static readonly JsonObject Schema = JsonNode.Parse(EngineHarness.ReadFile("workflows/schema/workflow-definition.schema.json"))!.AsObject();

    public static TheoryData<string> CoreTypes => [.. Registry.Descriptors.Select(d => d.Type).Order(StringComparer.Ordinal)];

    [Fact]
    public void the_schema_lists_exactly_the_core_activity_types()
    {
        var listed = Defs["coreActivityType"]!["enum"]!.AsArray().Select(t => t!.GetValue<string>());

        Assert.Equal(CoreTypes.Select(t => t.Data).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CoreTypes))]
    public void the_schema_requires_the_inputs_the_activity_requires(string type)
    {
        var descriptor = Registry.Find(type)!;
        var expected = descriptor.Inputs.Where(i => i.Required && i.DefaultValue is null).Select(i => i.Name);

        var required = InputsSchema(type)?["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

        Assert.Equal(expected.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CoreTypes))]
    public void the_schema_refuses_expressions_exactly_for_literal_only_inputs(string type)
    {
        var descriptor = Registry.Find(type)!;
        var expected = descriptor.Inputs.Where(i => i.LiteralOnly).Select(i => i.Name);
        var properties = InputsSchema(type)?["properties"]?.AsObject() ?? [];

        var literalOnly = properties.Where(p => p.Value?["$ref"]?.GetValue<string>() == "#/$defs/literalOnly").Select(p => p.Key);

        Assert.Equal(expected.Order(StringComparer.Ordinal), literalOnly.Order(StringComparer.Ordinal));
        Assert.All(properties.Select(p => p.Key), name => Assert.NotNull(descriptor.FindInput(name)));
    }

    [Theory]
    [InlineData("PT72H")]
    [InlineData("P3D")]
    [InlineData("P1DT12H")]
    [InlineData("PT30M")]
    [InlineData("PT0.5S")]
    [InlineData("P1Y2M")]
    [InlineData("1.02:03:04")]
    [InlineData("00:30")]
    [InlineData("7")]
    [InlineData("72h")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P1W")]
    [InlineData("3 days")]
    [InlineData("PT1.5H")]
    public void the_schema_reads_a_duration_as_the_engine_does(string text)
    {
        var pattern = Defs["duration"]!["pattern"]!.GetValue<string>();

        Assert.Equal(Durations.TryParse(text, out _), Regex.IsMatch(text, pattern));
    }

    private static JsonObject Defs => Schema["$defs"]!.AsObject();

    /// <summary>The "then" part of the conditional for <paramref name="type"/>, narrowed to its inputs; null when there is none.</summary>
    private static JsonNode? InputsSchema(string type) =>
        Defs["coreActivityInputs"]!["allOf"]!.AsArray()
            .SingleOrDefault(rule => rule!["if"]!["properties"]!["type"]!["const"]!.GetValue<string>() == type)
            ?["then"]!["properties"]!["inputs"];
}
