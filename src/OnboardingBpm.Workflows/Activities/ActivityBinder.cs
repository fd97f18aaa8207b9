using System.Reflection;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>Creates an activity object for a node and binds its Input/Output properties to the node's values.</summary>
public static class ActivityBinder
{
    public static Activity Bind(ActivityNode node, ActivityDescriptor descriptor)
    {
        var activity = (Activity)Activator.CreateInstance(descriptor.ClrType)!;
        activity.Node = node;
        foreach (var property in descriptor.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.PropertyType.IsGenericType)
            {
                continue;
            }

            var generic = property.PropertyType.GetGenericTypeDefinition();
            if (generic == typeof(Input<>) && descriptor.FindInput(ActivityRegistry.JsonName(property.Name)) is { } input)
            {
                var bound = Activator.CreateInstance(property.PropertyType, ValueFor(node, input))!;
                property.PropertyType.GetProperty(nameof(Input<object>.Name))!.SetValue(bound, input.Name);
                property.SetValue(activity, bound);
            }
            else if (generic == typeof(Output<>))
            {
                var bound = Activator.CreateInstance(property.PropertyType)!;
                property.PropertyType.GetProperty(nameof(Output<object>.Name))!.SetValue(bound, property.Name);
                property.SetValue(activity, bound);
            }
        }

        return activity;
    }

    /// <summary>The node's value for an input (names match case-insensitively), else the descriptor's default.</summary>
    public static InputValue ValueFor(ActivityNode node, InputDescriptor input)
    {
        foreach (var (name, raw) in node.Inputs)
        {
            if (string.Equals(name, input.Name, StringComparison.OrdinalIgnoreCase) && raw is not null)
            {
                return InputValue.Parse(raw, out _);
            }
        }

        return InputValue.Literal(input.DefaultValue?.DeepClone());
    }
}
