using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Salesforce;

internal enum FieldKind
{
    Id,
    Text,
    Picklist,
    Boolean,
    DateTime,
    Reference,
}

internal sealed record CaseField(string Name, FieldKind Kind, bool Writable, int MaxLength = 255);

/// <summary>The standard Case fields the simulator knows, plus the org's external-id field.</summary>
internal sealed class CaseSchema
{
    private readonly Dictionary<string, CaseField> fields;

    public CaseSchema(SalesforceSimulatorOptions options)
    {
        ExternalIdField = options.ExternalIdField;
        Fields =
        [
            new("Id", FieldKind.Id, Writable: false, 18),
            new("CaseNumber", FieldKind.Text, Writable: false, 30),
            new("Subject", FieldKind.Text, Writable: true),
            new("Description", FieldKind.Text, Writable: true, 32_000),
            new("Status", FieldKind.Picklist, Writable: true),
            new("Priority", FieldKind.Text, Writable: true),
            new("Origin", FieldKind.Text, Writable: true),
            new("Type", FieldKind.Text, Writable: true),
            new("Reason", FieldKind.Text, Writable: true),
            new("AccountId", FieldKind.Reference, Writable: true, 18),
            new("ContactId", FieldKind.Reference, Writable: true, 18),
            new("OwnerId", FieldKind.Reference, Writable: true, 18),
            new("ParentId", FieldKind.Reference, Writable: true, 18),
            new("IsEscalated", FieldKind.Boolean, Writable: true),
            new("IsClosed", FieldKind.Boolean, Writable: false),
            new("ClosedDate", FieldKind.DateTime, Writable: false),
            new("SuppliedEmail", FieldKind.Text, Writable: true, 80),
            new("SuppliedName", FieldKind.Text, Writable: true, 80),
            new("SuppliedCompany", FieldKind.Text, Writable: true, 80),
            new("CreatedDate", FieldKind.DateTime, Writable: false),
            new("LastModifiedDate", FieldKind.DateTime, Writable: false),
            new("SystemModstamp", FieldKind.DateTime, Writable: false),
            new(options.ExternalIdField, FieldKind.Text, Writable: true),
            .. options.CustomTextFields.Select(name => new CaseField(name, FieldKind.Text, Writable: true, 255)),
        ];
        fields = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CaseField> Fields { get; }

    public string ExternalIdField { get; }

    /// <summary>Field names are case-insensitive in Salesforce; this gives the declared spelling.</summary>
    public CaseField? Find(string name) => fields.GetValueOrDefault(name);

    /// <summary>Salesforce's date-time format: milliseconds and a +0000 offset.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => FormatDateTime(instant),
        bool flag => flag,
        string text => text,
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>Converts a JSON body value to the field's type, or describes why it does not fit.</summary>
    public static bool TryRead(CaseField field, JsonNode? node, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (node is null)
        {
            return true;
        }

        var kind = node.GetValueKind();
        switch (field.Kind)
        {
            case FieldKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                value = node.GetValue<bool>();
                return true;
            case FieldKind.Boolean:
                error = $"Cannot deserialize instance of boolean from {Token(kind)} value {node.ToJsonString()} or request may be missing a required field";
                return false;
            case FieldKind.DateTime when kind == JsonValueKind.String && DateTimeOffset.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, out var instant):
                value = instant;
                return true;
            case FieldKind.DateTime:
                error = $"Cannot deserialize instance of datetime from {Token(kind)} value {node.ToJsonString()} or request may be missing a required field";
                return false;
            case var _ when kind == JsonValueKind.String:
                value = node.GetValue<string>();
                return true;
            case var _ when kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                // Salesforce coerces scalars into text fields.
                value = node.ToJsonString();
                return true;
            default:
                error = $"Cannot deserialize instance of string from {Token(kind)} value {node.ToJsonString()} or request may be missing a required field";
                return false;
        }
    }

    public static bool IsId(string value) =>
        value.Length is 15 or 18 && value.All(char.IsAsciiLetterOrDigit);

    private static string Token(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "START_OBJECT",
        JsonValueKind.Array => "START_ARRAY",
        JsonValueKind.String => "VALUE_STRING",
        JsonValueKind.Number => "VALUE_NUMBER_INT",
        JsonValueKind.True => "VALUE_TRUE",
        JsonValueKind.False => "VALUE_FALSE",
        _ => "VALUE_NULL",
    };
}
