namespace OnboardingBpm.Workflows.HumanTasks;

public enum FormFieldType
{
    Text,
    MultilineText,
    Number,
    Integer,
    Boolean,
    Date,
    Email,
    Select,
}

/// <summary>A field of a task's form, with the rules its submitted value must meet.</summary>
public sealed record FormField
{
    public required string Name { get; init; }
    public string? Label { get; init; }
    public FormFieldType Type { get; init; } = FormFieldType.Text;
    public bool Required { get; init; }
    public IReadOnlyList<string>? Options { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole text must match.</summary>
    public string? Pattern { get; init; }
}
