using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;
using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Workflows.Runtime;

/// <summary>Checks a start's input against the definition's declared inputs and fills in defaults.</summary>
internal static class WorkflowInputs
{
    public static JsonObject Check(WorkflowDefinition definition, JsonObject? input)
    {
        var result = input?.DeepClone().AsObject() ?? [];
        var problems = new List<ValidationProblem>();
        foreach (var declared in definition.Inputs)
        {
            var value = result[declared.Name];
            if (value is null)
            {
                if (declared.Default is not null)
                {
                    result[declared.Name] = declared.Default.DeepClone();
                }
                else if (declared.Required)
                {
                    problems.Add(new($"$.input.{declared.Name}", "is required"));
                }
            }
            else if (!ValueConverter.MatchesDeclaredType(value, declared.Type))
            {
                problems.Add(new($"$.input.{declared.Name}", $"must be a {declared.Type}"));
            }
        }

        return problems.Count == 0
            ? result
            : throw new WorkflowValidationException($"The input of '{definition.DefinitionId}' is not valid.", problems);
    }
}
