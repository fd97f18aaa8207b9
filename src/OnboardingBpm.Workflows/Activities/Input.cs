using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>An activity input bound to the value written in the definition; evaluated per execution.</summary>
public sealed class Input<T>
{
    public Input(InputValue value) => Value = value;

    public InputValue Value { get; }

    public string Name { get; internal set; } = "";

    /// <summary>True when the definition gave no value and no default applies.</summary>
    public bool IsEmpty => Value.Type == ExpressionType.Literal && Value.Value is null;

    /// <summary>
    /// The value known at publish time: the literal converted to <typeparamref name="T"/>, or default when the
    /// input is an expression or does not convert (the validator reports that). Ports, triggers and
    /// self-checks read inputs through this, never through an expression's text.
    /// </summary>
    public T? Literal() =>
        Value.Type == ExpressionType.Literal && ValueConverter.TryConvert(Value.Value, typeof(T), out var value, out _) ? (T?)value : default;
}

/// <summary>An activity output; the node's <c>outputs</c> map sends it to a workflow variable.</summary>
public sealed class Output<T>
{
    public string Name { get; internal set; } = "";
}
