using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.HumanTasks;

/// <summary>A problem with one field; <see cref="Path"/> is relative to the form (<c>[2].pattern</c>) or names the field.</summary>
public sealed record FieldProblem(string Path, string Message);

/// <summary>Checks a form's definition at publish time and a submission against it at completion time.</summary>
public static class FormValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public static IReadOnlyList<FieldProblem> CheckDefinition(IReadOnlyList<FormField> fields)
    {
        var problems = new List<FieldProblem>();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (string.IsNullOrWhiteSpace(field.Name))
            {
                problems.Add(new($"[{i}].name", "a form field needs a name"));
            }
            else if (fields.Take(i).Any(f => f.Name == field.Name))
            {
                problems.Add(new($"[{i}].name", $"field name '{field.Name}' is used more than once"));
            }

            if (field.Type == FormFieldType.Select && (field.Options is null || field.Options.Count == 0))
            {
                problems.Add(new($"[{i}].options", "a Select field needs options"));
            }

            if (field.Min > field.Max)
            {
                problems.Add(new($"[{i}].min", "min is greater than max"));
            }

            if (field.Pattern is not null && !IsValidPattern(field.Pattern))
            {
                problems.Add(new($"[{i}].pattern", "the pattern is not a valid regular expression"));
            }
        }

        return problems;
    }

    /// <summary>Every problem with <paramref name="data"/>, keyed by field name; empty when valid.</summary>
    public static IReadOnlyList<FieldProblem> Validate(IReadOnlyList<FormField> fields, JsonObject? data)
    {
        var problems = new List<FieldProblem>();
        data ??= [];
        foreach (var unknown in data.Select(p => p.Key).Where(k => fields.All(f => f.Name != k)))
        {
            problems.Add(new(unknown, "is not a field of this form"));
        }

        foreach (var field in fields)
        {
            var value = data[field.Name];
            if (value is null || (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>())))
            {
                if (field.Required)
                {
                    problems.Add(new(field.Name, "is required"));
                }

                continue;
            }

            if (CheckValue(field, value) is { } message)
            {
                problems.Add(new(field.Name, message));
            }
        }

        return problems;
    }

    private static string? CheckValue(FormField field, JsonNode value)
    {
        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case FormFieldType.Boolean:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false";
            case FormFieldType.Number:
            case FormFieldType.Integer:
                if (kind != JsonValueKind.Number)
                {
                    return "must be a number";
                }

                var number = ValueConverter.ToDouble(value.AsValue());
                if (field.Type == FormFieldType.Integer && number != Math.Floor(number))
                {
                    return "must be a whole number";
                }

                return number < field.Min ? $"must be at least {field.Min}"
                    : number > field.Max ? $"must be at most {field.Max}"
                    : null;
        }

        if (kind != JsonValueKind.String)
        {
            return "must be a text";
        }

        var text = value.GetValue<string>();
        return field.Type switch
        {
            FormFieldType.Date when !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out _) => "must be an ISO 8601 date",
            FormFieldType.Email when !IsEmail(text) => "must be an email address",
            FormFieldType.Select when field.Options?.Contains(text) != true => $"must be one of {string.Join(", ", field.Options ?? [])}",
            _ when text.Length < field.MinLength => $"must have at least {field.MinLength} characters",
            _ when text.Length > field.MaxLength => $"must have at most {field.MaxLength} characters",
            _ when field.Pattern is not null && !Matches(field.Pattern, text) => "does not have the expected format",
            _ => null,
        };
    }

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Contains(' ', StringComparison.Ordinal);
    }

    private static bool Matches(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, "^(?:" + pattern + ")$", RegexOptions.None, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, PatternTimeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
