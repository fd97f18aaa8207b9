using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>An activity input bound to the value written in the definition; evaluated per execution.</summary>
public sealed class Input<T>
{
    public Input(InputValue value) => Value = value;

    public InputValue Value { get; }

    public string Name { get; internal set; } = "";

    /// <summary>True when the definition gave no value and no default applies.</summary>
    public bool IsEmpty => Value.Type == ExpressionType.Literal && Value.Value is null;
}

/// <summary>An activity output; the node's <c>outputs</c> map sends it to a workflow variable.</summary>
public sealed class Output<T>
{
    public string Name { get; internal set; } = "";
}
