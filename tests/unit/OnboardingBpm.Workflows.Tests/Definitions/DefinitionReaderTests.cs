using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Validation;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Workflows.Tests.Definitions;

public sealed class DefinitionReaderTests
{
    private const string Full = """
        {
          "$schema": "./schema/workflow-definition.schema.json",
          "definitionId": "welcome",
          "version": 4,
          "name": "Welcome",
          "description": "Greets a new customer.",
          "variables": [{ "name": "seats", "type": "Number", "default": 5 }, { "name": "notes" }],
          "inputs": [{ "name": "customerId", "type": "String", "required": true, "description": "CRM id" }],
          "outputs": [{ "name": "greeted", "type": "Boolean", "default": false }],
          "root": {
            "type": "Flowchart",
            "activities": [
              { "id": "start", "type": "Start", "position": { "x": 10, "y": 20.5 } },
              {
                "id": "hello", "type": "Log", "name": "Say hello", "description": "to the journal",
                "inputs": { "message": { "expression": { "type": "Template", "value": "Hi {{input.customerId}}" } } },
                "retry": { "maxAttempts": 3, "interval": "PT1M", "backoff": "exponential", "maxInterval": "PT10M" }
              },
              { "id": "wait", "type": "Event", "inputs": { "eventName": "greeted" }, "outputs": { "Payload": "notes" } }
            ],
            "connections": [
              { "source": { "activity": "start" }, "target": { "activity": "hello" } },
              { "source": { "activity": "hello", "port": "Done" }, "target": { "activity": "wait" } }
            ]
          }
        }
        """;

    [Fact]
    public void every_part_of_a_definition_is_read()
    {
        var (definition, problems) = DefinitionReader.Read(Full);

        Assert.Empty(problems);
        Assert.NotNull(definition);
        Assert.Equal(("./schema/workflow-definition.schema.json", "welcome", 4, "Welcome", "Greets a new customer."),
            (definition.Schema, definition.DefinitionId, definition.Version, definition.Name, definition.Description));
        Assert.Equal([("seats", "Number", "5"), ("notes", "Any", null)], definition.Variables.Select(v => (v.Name, v.Type, v.Default?.ToJsonString())));
        var input = Assert.Single(definition.Inputs);
        Assert.Equal(("customerId", "String", true, "CRM id"), (input.Name, input.Type, input.Required, input.Description));
        Assert.Equal("false", Assert.Single(definition.Outputs).Default!.ToJsonString());

        var hello = definition.Root.Activities[1];
        Assert.Equal(("Say hello", "to the journal", "Say hello"), (hello.Name, hello.Description, hello.DisplayName));
        Assert.Equal(new RetryPolicy { MaxAttempts = 3, Interval = "PT1M", Backoff = RetryBackoff.Exponential, MaxInterval = "PT10M" }, hello.Retry);
        Assert.Equal(ExpressionType.Template, InputValue.Parse(hello.Inputs["message"], out _).Type);
        Assert.Equal(new Position(10, 20.5), definition.Root.Activities[0].Position);
        Assert.Equal("notes", definition.Root.Activities[2].Outputs!["Payload"]);
        Assert.Equal(["Done", "Done"], definition.Root.Connections.Select(c => c.Source.PortOrDefault));
        Assert.Null(definition.Root.Connections[0].Source.Port);
    }

    [Fact]
    public void comments_and_trailing_commas_are_accepted()
    {
        var (definition, problems) = DefinitionReader.Read("""
            {
              // hand-written files carry notes
              "definitionId": "commented",
              "name": "Commented", /* inline */
              "root": { "activities": [{ "id": "start", "type": "Start" },], },
            }
            """);

        Assert.Empty(problems);
        Assert.Equal("start", Assert.Single(definition!.Root.Activities).Id);
    }

    [Fact]
    public void a_position_the_designer_cannot_use_is_a_warning_and_dropped()
    {
        var (definition, problems) = DefinitionReader.Read("""
            { "definitionId": "p", "name": "p", "root": { "activities": [{ "id": "start", "type": "Start", "position": { "x": "left" } }] } }
            """);

        var warning = Assert.Single(problems);
        Assert.Equal((ProblemSeverity.Warning, "$.root.activities[0].position"), (warning.Severity, warning.Path));
        Assert.Null(definition!.Root.Activities[0].Position);
    }

    [Theory]
    [InlineData("\"version\": -1", "$.version", "version must be a whole number, 0 or more")]
    [InlineData("\"version\": \"2\"", "$.version", "version must be a whole number, 0 or more")]
    [InlineData("\"root\": { \"type\": \"Sequence\" }", "$.root.type", "the root must be a Flowchart")]
    [InlineData("\"root\": []", "$.root", "root must be an object: {\"type\": \"Flowchart\", \"activities\": [...], \"connections\": [...]}")]
    [InlineData("\"root\": { \"activities\": {} }", "$.root.activities", "activities must be an array")]
    [InlineData("\"inputs\": [{ \"name\": \"a\", \"required\": \"yes\" }]", "$.inputs[0].required", "required must be true or false")]
    [InlineData("\"description\": 5", "$.description", "description must be a text")]
    public void a_malformed_part_is_reported_at_its_path(string part, string path, string message)
    {
        var (_, problems) = DefinitionReader.Read($$"""{ "definitionId": "m", "name": "m", {{part}} }""");

        Assert.Contains(new ValidationProblem(path, message), problems);
    }

    [Fact]
    public void a_published_snapshot_reads_back_to_the_same_content()
    {
        var (definition, _) = DefinitionReader.Read(Full);
        var snapshot = System.Text.Json.JsonSerializer.Serialize(definition, WorkflowJson.Indented);

        var (reread, problems) = DefinitionReader.Read(snapshot);

        Assert.Empty(problems);
        Assert.Equal(DefinitionService.ContentHash(definition!), DefinitionService.ContentHash(reread!));
    }
}
