using System.Globalization;
using System.Text.Json.Nodes;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>
/// The org's cases with Salesforce's write rules: field checks, the unique external id, derived IsClosed and
/// ClosedDate, timestamps. Not synchronised itself: <see cref="SalesforceRestApi"/> serialises every operation.
/// </summary>
internal sealed class CaseStore(CaseSchema schema, SalesforceSimulatorOptions options, SimulatorClock clock)
{
    private List<CaseRecord> records = [];

    public CaseSchema Schema => schema;
    private long sequence;

    public IReadOnlyList<CaseRecord> All => records;

    public CaseRecord? Find(string id) => records.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal) || (id.Length == 15 && r.Id.StartsWith(id, StringComparison.Ordinal)));

    /// <summary>External ids compare case-insensitively unless the field is marked case-sensitive (it is not here).</summary>
    public IReadOnlyList<CaseRecord> FindByExternalId(string value) =>
        records.Where(r => r[schema.ExternalIdField] is string v && string.Equals(v, value, StringComparison.OrdinalIgnoreCase)).ToList();

    public (CaseRecord? Record, ApiResult? Error) Insert(JsonObject body)
    {
        var (changes, error) = Read(body, existing: null);
        if (error is not null)
        {
            return (null, error);
        }

        var missing = options.RequiredFields
            .Select(name => schema.Find(name)?.Name ?? name)
            .Where(name => changes!.GetValueOrDefault(name) is null or "")
            .ToArray();
        if (missing.Length > 0)
        {
            return (null, ApiResult.Error(400, "REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", missing)}]", missing));
        }

        var now = clock.Now;
        sequence++;
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Id"] = $"500Hs{sequence:D10}AAA",
            ["CaseNumber"] = (1000 + sequence).ToString("D8", CultureInfo.InvariantCulture),
            ["Status"] = "New",
            ["Priority"] = "Medium",
            ["OwnerId"] = options.IntegrationUserId,
            ["IsEscalated"] = false,
            ["IsClosed"] = false,
            ["CreatedDate"] = now,
        };
        var record = new CaseRecord(values);
        Apply(record, changes!, now);
        records.Add(record);
        return (record, null);
    }

    public ApiResult? Update(CaseRecord record, JsonObject body)
    {
        var (changes, error) = Read(body, record);
        if (error is not null)
        {
            return error;
        }

        Apply(record, changes!, clock.Now);
        return null;
    }

    public void Delete(CaseRecord record) => records.Remove(record);

    public List<CaseRecord> Snapshot() => records.Select(r => r.Clone()).ToList();

    public void Restore(List<CaseRecord> snapshot) => records = snapshot;

    private (Dictionary<string, object?>? Changes, ApiResult? Error) Read(JsonObject body, CaseRecord? existing)
    {
        var changes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in body)
        {
            if (name == "attributes")
            {
                continue;
            }

            if (schema.Find(name) is not { } field)
            {
                return (null, ApiResult.Error(400, "INVALID_FIELD", $"No such column '{name}' on sobject of type Case"));
            }

            if (!field.Writable)
            {
                return (null, ApiResult.Error(400, "INVALID_FIELD_FOR_INSERT_UPDATE",
                    $"Unable to create/update fields: {field.Name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.", field.Name));
            }

            if (!CaseSchema.TryRead(field, node, out var value, out var problem))
            {
                return (null, ApiResult.Error(400, "JSON_PARSER_ERROR", problem!));
            }

            if (Check(field, value) is { } invalid)
            {
                return (null, invalid);
            }

            changes[field.Name] = value;
        }

        if (changes.GetValueOrDefault(schema.ExternalIdField) is string txn && options.ExternalIdUnique
            && FindByExternalId(txn).FirstOrDefault(r => r != existing) is { } other)
        {
            return (null, ApiResult.Error(400, "DUPLICATE_VALUE", $"duplicate value found: {schema.ExternalIdField} duplicates value on record with id: {other.Id}", schema.ExternalIdField));
        }

        return (changes, null);
    }

    private ApiResult? Check(CaseField field, object? value)
    {
        if (field.Kind == FieldKind.Picklist && (value is not string status || !options.CaseStatuses.ContainsKey(status)))
        {
            return ApiResult.Error(400, "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", $"{field.Name}: bad value for restricted picklist field: {value}", field.Name);
        }

        if (value is not string text)
        {
            return null;
        }

        if (field.Kind == FieldKind.Reference && !CaseSchema.IsId(text))
        {
            return ApiResult.Error(400, "MALFORMED_ID", $"{field.Name}: id value of incorrect type: {text}", field.Name);
        }

        return text.Length > field.MaxLength
            ? ApiResult.Error(400, "STRING_TOO_LONG", $"{field.Name}: data value too large: {text[..Math.Min(text.Length, 40)]}... (max length={field.MaxLength})", field.Name)
            : null;
    }

    private void Apply(CaseRecord record, Dictionary<string, object?> changes, DateTimeOffset now)
    {
        var wasClosed = record["IsClosed"] is true;
        foreach (var (name, value) in changes)
        {
            record.Values[name] = value;
        }

        // IsClosed follows CaseStatus.IsClosed; ClosedDate marks the moment the case closed and clears on reopening.
        var isClosed = record["Status"] is string status && options.CaseStatuses.TryGetValue(status, out var closed) && closed;
        record.Values["IsClosed"] = isClosed;
        record.Values["ClosedDate"] = isClosed ? (wasClosed ? record["ClosedDate"] : now) : null;
        record.Values["LastModifiedDate"] = now;
        record.Values["SystemModstamp"] = now;
    }
}
