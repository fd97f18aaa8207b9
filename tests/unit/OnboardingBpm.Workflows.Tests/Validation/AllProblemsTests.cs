using static OnboardingBpm.Workflows.Tests.Validation.DefinitionChecks;

namespace OnboardingBpm.Workflows.Tests.Validation;

/// <summary>A designer fixes a definition in one pass only if every problem is reported, each where it is.</summary>
public sealed class AllProblemsTests
{
    [Fact]
    public void a_definition_with_many_problems_reports_every_one_at_its_path()
    {
        const string json = """
            {
              "definitionId": "Bad Id",
              "variables": [42, { "name": "seats" }, { "name": "seats" }],
              "root": {
                "activities": [
                  "not an activity",
                  { "id": "start", "type": "Start" },
                  { "id": "wait", "type": "Delay", "inputs": { "duration": "soon" } },
                  { "id": "mail", "type": "SendMail" },
                  { "id": "check", "type": "Decision", "inputs": { "condition": { "expression": { "type": "JavaScript", "value": "variables.seats >" } } } }
                ],
                "connections": [
                  7,
                  { "source": { "activity": "start" }, "target": { "activity": "wait" } },
                  { "source": { "activity": "wait", "port": "Later" }, "target": { "activity": "check" } },
                  { "source": { "activity": "check", "port": "True" }, "target": { "activity": "ghost" } }
                ]
              }
            }
            """;

        var errors = Validate(json).Errors.ToList();

        Assert.Equal(
            [
                "$.definitionId",
                "$.name",
                "$.variables[0]",
                "$.root.activities[0]",
                "$.root.connections[0]",
                "$.variables[2].name",
                "$.root.activities[2].inputs.duration",
                "$.root.activities[3].type",
                "$.root.activities[4].inputs.condition",
                "$.root.connections[2].source.port",
                "$.root.connections[3].target.activity",
            ],
            errors.Select(p => p.Path));
        Assert.Equal(11, errors.Count);
    }

    [Fact]
    public void an_activity_after_a_malformed_one_keeps_its_own_index()
    {
        var errors = Validate("""
            { "definitionId": "x", "name": "x", "root": {
              "activities": [{ "id": "start", "type": "Start" }, [], { "id": "wait", "type": "Delay", "inputs": { "duration": "soon" } }],
              "connections": [{ "source": { "activity": "start" }, "target": { "activity": "wait" } }] } }
            """).Errors.Select(p => p.Path);

        Assert.Equal(["$.root.activities[1]", "$.root.activities[2].inputs.duration"], errors);
    }

    [Fact]
    public void a_connection_after_a_malformed_one_keeps_its_own_index()
    {
        var errors = Validate("""
            { "definitionId": "x", "name": "x", "root": {
              "activities": [{ "id": "start", "type": "Start" }, { "id": "end", "type": "Finish" }],
              "connections": [
                { "source": { "activity": "start" } },
                { "source": { "activity": "start" }, "target": { "activity": "end" } },
                { "source": { "activity": "start" }, "target": { "activity": "gone" } }] } }
            """).Errors.Select(p => p.Path);

        Assert.Equal(["$.root.connections[0].target", "$.root.connections[2].target.activity"], errors);
    }

    [Fact]
    public void a_variable_after_a_malformed_one_keeps_its_own_index()
    {
        var errors = Validate("""
            { "definitionId": "x", "name": "x",
              "variables": ["seats", { "name": "seats" }, { "name": "seats" }, { "type": "String" }, { "name": "bad name" }],
              "root": { "activities": [{ "id": "start", "type": "Start" }] } }
            """).Errors.Select(p => (p.Path, p.Message)).ToList();

        Assert.Equal(
            [
                ("$.variables[0]", "a variable must be an object with name and type"),
                ("$.variables[3].name", "name is required"),
                ("$.variables[2].name", "'seats' is declared more than once"),
                ("$.variables[4].name", "'bad name' is not a valid name: use letters, digits and '_', starting with a letter"),
            ],
            errors);
    }

    [Fact]
    public void two_unnamed_variables_are_reported_as_missing_names_not_as_duplicates()
    {
        var errors = Validate("""
            { "definitionId": "x", "name": "x", "variables": [{ "type": "String" }, { "type": "Number" }],
              "root": { "activities": [{ "id": "start", "type": "Start" }] } }
            """).Errors.Select(p => (p.Path, p.Message));

        Assert.Equal([("$.variables[0].name", "name is required"), ("$.variables[1].name", "name is required")], errors);
    }
}
