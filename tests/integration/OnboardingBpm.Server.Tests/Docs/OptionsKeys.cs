using System.Collections;
using System.Reflection;
using OnboardingBpm.Integrations;
using OnboardingBpm.Integrations.Caching;
using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Server.Tests.Docs;

/// <summary>
/// The keys the options classes bind: every class of our assemblies with a <c>public const string Section</c>, plus
/// the three bound from <see cref="IntegrationsSections"/>, walked property by property. A list of values is one key
/// (<c>Authentication:SpaScopes</c>), a list of objects numbers them (<c>Privacy:Keys:{n}:Id</c>), a dictionary
/// names its entries (<c>Access:Groups:RoleGroups:{name}</c>).
/// </summary>
public static class OptionsKeys
{
    public static IReadOnlyList<(Type Options, string Key)> All()
    {
        var sections = OurAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition)
            .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(s => s.Field is { IsLiteral: true } && s.Field.FieldType == typeof(string))
            .Select(s => (s.Type, Section: (string)s.Field!.GetRawConstantValue()!))
            .Concat(new (Type Type, string Section)[]
            {
                (typeof(CacheOptions), IntegrationsSections.Cache),
                (typeof(DurableRetryOptions), IntegrationsSections.DurableRetry),
                (typeof(AlertOptions), IntegrationsSections.Alerts),
            });
        return sections.SelectMany(s => KeysOf(s.Section, s.Type).Select(key => (s.Type, key))).ToList();
    }

    private static IEnumerable<Assembly> OurAssemblies()
    {
        var server = typeof(Program).Assembly;
        return server.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("OnboardingBpm.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Append(server);
    }

    private static IEnumerable<string> KeysOf(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var keys = IsValue(propertyType) ? [key]
                : DictionaryValue(propertyType) is { } value ? (IsValue(value) ? [key + ":{name}"] : KeysOf(key + ":{name}", value))
                : ListItem(propertyType) is { } item ? (IsValue(item) ? [key] : KeysOf(key + ":{n}", item))
                : KeysOf(key, propertyType);
            foreach (var each in keys)
            {
                yield return each;
            }
        }
    }

    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateOnly) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri)
        || Nullable.GetUnderlyingType(type) is { } inner && IsValue(inner);

    private static Type? DictionaryValue(Type type) =>
        type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))?.GetGenericArguments()[1];

    private static Type? ListItem(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
            ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
            : null;
}
