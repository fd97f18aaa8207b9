using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Integrations.Email.Templates;

/// <summary>Handlebars.Net walks dictionaries and lists, not JsonNode: a model is converted once per mail.</summary>
internal static class TemplateModel
{
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetValue<decimal>(out var number) ? number : value.Deserialize<decimal>(),
            _ => null,
        },
        _ => null,
    };
}
