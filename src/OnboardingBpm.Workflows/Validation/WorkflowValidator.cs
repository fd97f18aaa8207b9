using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Validation;

/// <summary>
/// Finds every problem in a definition, each with its JSON path: structure, activity types and inputs,
/// expressions that do not parse, connections, reachability and loops that never wait.
/// </summary>
public sealed partial class WorkflowValidator(ActivityRegistry registry, ExpressionEvaluator expressions)
{
    public ValidationResult Validate(string json)
    {
        var (definition, problems) = DefinitionReader.Read(json);
        if (definition is not null)
        {
            problems.AddRange(Check(definition));
        }

        return new ValidationResult(problems);
    }

    public ValidationResult Validate(WorkflowDefinition definition) => new(Check(definition).ToList());

    private IEnumerable<ValidationProblem> Check(WorkflowDefinition definition)
    {
        var problems = new List<ValidationProblem>();
        CheckNames(definition.Variables.Select(v => v.Name).ToList(), "$.variables", problems);
        CheckNames(definition.Inputs.Select(v => v.Name).ToList(), "$.inputs", problems);
        CheckNames(definition.Outputs.Select(v => v.Name).ToList(), "$.outputs", problems);

        var variables = definition.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var bound = new Dictionary<string, Activity>(StringComparer.Ordinal);
        var activities = definition.Root.Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            var node = activities[i];
            var path = $"$.root.activities[{i}]";
            if (node.Id.Length == 0 || node.Type.Length == 0)
            {
                continue; // already reported by the reader
            }

            if (bound.ContainsKey(node.Id))
            {
                problems.Add(new($"{path}.id", $"activity id '{node.Id}' is used more than once"));
                continue;
            }

            var descriptor = registry.Find(node.Type);
            if (descriptor is null)
            {
                problems.Add(new($"{path}.type", $"unknown activity type '{node.Type}'"));
                continue;
            }

            CheckInputs(node, descriptor, variables, path, problems);
            CheckOutputs(node, descriptor, variables, path, problems);
            var activity = ActivityBinder.Bind(node, descriptor);
            foreach (var problem in activity.Validate())
            {
                var where = problem.Input is null ? path : $"{path}.inputs.{problem.Input}";
                problems.Add(new(where, problem.Message, problem.Severity));
            }

            bound[node.Id] = activity;
        }

        CheckGraph(definition, bound, problems);
        return problems;
    }

    private void CheckInputs(ActivityNode node, ActivityDescriptor descriptor, HashSet<string> variables, string path, List<ValidationProblem> problems)
    {
        foreach (var name in node.Inputs.Keys.Where(k => descriptor.FindInput(k) is null))
        {
            problems.Add(ValidationProblem.Warning($"{path}.inputs.{name}", $"{descriptor.Type} has no input '{name}'; ignored"));
        }

        foreach (var input in descriptor.Inputs)
        {
            var inputPath = $"{path}.inputs.{input.Name}";
            var raw = node.Inputs.FirstOrDefault(p => string.Equals(p.Key, input.Name, StringComparison.OrdinalIgnoreCase)).Value;
            if (raw is null)
            {
                if (input.Required && input.DefaultValue is null)
                {
                    problems.Add(new(inputPath, $"'{input.DisplayName}' is required"));
                }

                continue;
            }

            var value = InputValue.Parse(raw, out var malformed);
            if (malformed is not null)
            {
                problems.Add(new(inputPath, malformed));
                continue;
            }

            if (input.LiteralOnly && value.Type != ExpressionType.Literal)
            {
                problems.Add(new(inputPath, $"'{input.DisplayName}' must be a literal value: it shapes the workflow at publish time"));
                continue;
            }

            CheckValue(value, input, variables, inputPath, problems);
        }
    }

    private void CheckValue(InputValue value, InputDescriptor input, HashSet<string> variables, string path, List<ValidationProblem> problems)
    {
        switch (value.Type)
        {
            case ExpressionType.Literal:
                if (!ValueConverter.TryConvert(value.Value, input.ClrType, out _, out var error))
                {
                    problems.Add(new(path, error!));
                }
                else if (input.Required && value.Value is System.Text.Json.Nodes.JsonValue text && text.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s))
                {
                    problems.Add(new(path, $"'{input.DisplayName}' is required"));
                }

                break;
            case ExpressionType.JavaScript when expressions.JavaScript.CheckSyntax(value.Text!) is { } syntax:
                problems.Add(new(path, syntax.Message + syntax.Position));
                break;
            case ExpressionType.Template when expressions.Templates.CheckSyntax(value.Text!) is { } template:
                problems.Add(new(path, template.Message));
                break;
            case ExpressionType.Variable when !variables.Contains(value.Text!.Split('.')[0].Trim()):
                problems.Add(new(path, $"variable '{value.Text}' is not declared in $.variables"));
                break;
        }
    }

    private static void CheckOutputs(ActivityNode node, ActivityDescriptor descriptor, HashSet<string> variables, string path, List<ValidationProblem> problems)
    {
        foreach (var (output, variable) in node.Outputs ?? new Dictionary<string, string>())
        {
            if (!descriptor.Outputs.Any(o => string.Equals(o.Name, output, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new($"{path}.outputs.{output}", $"{descriptor.Type} has no output '{output}'"));
            }
            else if (!variables.Contains(variable))
            {
                problems.Add(new($"{path}.outputs.{output}", $"variable '{variable}' is not declared in $.variables"));
            }
        }

        if (descriptor.Type == "SetVariable" && node.Inputs.TryGetValue("variable", out var name)
            && name is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var target) && !variables.Contains(target))
        {
            problems.Add(new($"{path}.inputs.variable", $"variable '{target}' is not declared in $.variables"));
        }
    }

    private static void CheckNames(IReadOnlyList<string> names, string path, List<ValidationProblem> problems)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                continue; // a missing name or an unreadable item: reported by the reader
            }

            if (!IsIdentifier(names[i]))
            {
                problems.Add(new($"{path}[{i}].name", $"'{names[i]}' is not a valid name: use letters, digits and '_', starting with a letter"));
            }
            else if (names.Take(i).Contains(names[i]))
            {
                problems.Add(new($"{path}[{i}].name", $"'{names[i]}' is declared more than once"));
            }
        }
    }

    private static bool IsIdentifier(string name) =>
        char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
