using System.Reflection;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Expressions;

namespace OnboardingBpm.Workflows.Activities;

/// <summary>
/// The activity types the engine knows, keyed by type name. Descriptors are read once from each class's
/// attributes; modules add their own activities (Salesforce, Okta, ...) with <see cref="Register"/>.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> descriptors = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => descriptors.Values;

    public ActivityRegistry Register<TActivity>() where TActivity : Activity, new() => Register(typeof(TActivity));

    public ActivityRegistry Register(Type activityType)
    {
        var descriptor = Describe(activityType);
        descriptors[descriptor.Type] = descriptor;
        return this;
    }

    public ActivityDescriptor? Find(string type) => descriptors.GetValueOrDefault(type);

    public static ActivityDescriptor Describe(Type activityType)
    {
        if (!typeof(Activity).IsAssignableFrom(activityType) || activityType.IsAbstract || activityType.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"{activityType.Name} must be a concrete Activity with a parameterless constructor.", nameof(activityType));
        }

        var attribute = activityType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{activityType.Name} has no [Activity] attribute.", nameof(activityType));

        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();
        string? outcomesFrom = null;
        foreach (var property in activityType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<InputAttribute>() is { } input && IsGeneric(property.PropertyType, typeof(Input<>)))
            {
                var valueType = property.PropertyType.GetGenericArguments()[0];
                inputs.Add(new InputDescriptor
                {
                    Name = JsonName(property.Name),
                    DisplayName = input.DisplayName ?? property.Name,
                    Type = ValueConverter.TypeName(valueType),
                    ClrType = valueType,
                    Description = input.Description,
                    UIHint = input.UIHint ?? ValueConverter.DefaultUIHint(valueType),
                    Required = input.Required,
                    DefaultValue = input.DefaultJson is null ? null : JsonNode.Parse(input.DefaultJson),
                    Options = input.Options,
                    DefaultSyntax = input.DefaultSyntax,
                    LiteralOnly = input.LiteralOnly,
                });
                if (property.GetCustomAttribute<DefinesOutcomesAttribute>() is not null)
                {
                    outcomesFrom = JsonName(property.Name);
                }
            }
            else if (property.GetCustomAttribute<OutputAttribute>() is { } output && IsGeneric(property.PropertyType, typeof(Output<>)))
            {
                var valueType = property.PropertyType.GetGenericArguments()[0];
                outputs.Add(new OutputDescriptor(property.Name, ValueConverter.TypeName(valueType), output.Description));
            }
        }

        return new ActivityDescriptor
        {
            Type = attribute.Type,
            Category = attribute.Category,
            DisplayName = attribute.DisplayName,
            Description = attribute.Description,
            Kind = attribute.Kind,
            CanStartWorkflow = attribute.CanStartWorkflow,
            Inputs = inputs,
            Outputs = outputs,
            Outcomes = attribute.Outcomes,
            OutcomesFromInput = outcomesFrom,
            ClrType = activityType,
        };
    }

    internal static string JsonName(string propertyName) =>
        char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    private static bool IsGeneric(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition;
}

/// <summary>Marks the input whose literal value adds outcome ports to the node.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefinesOutcomesAttribute : Attribute;
