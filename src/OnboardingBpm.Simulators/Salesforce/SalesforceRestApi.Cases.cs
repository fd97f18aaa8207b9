using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>sObject Case: create, read (by id or external id), update, upsert on the external id, delete.</summary>
internal sealed partial class SalesforceRestApi
{
    private ApiResult Create(ApiRequest request)
    {
        if (request.Body is not JsonObject body)
        {
            return NotAnObject(request.Body);
        }

        var (record, error) = store.Insert(body);
        return error ?? Saved(request.Version, record!, created: null, status: 201);
    }

    private ApiResult Get(ApiRequest request, string id)
    {
        if (!CaseSchema.IsId(id))
        {
            return ApiResult.Error(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {id}");
        }

        return store.Find(id) is { } record ? Render(request, record) : ApiResult.NotFound();
    }

    private ApiResult GetByExternalId(ApiRequest request, string field, string value)
    {
        if (!IsExternalIdField(field))
        {
            return ApiResult.Error(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {field}");
        }

        var matches = store.FindByExternalId(value);
        return matches.Count switch
        {
            0 => ApiResult.NotFound(),
            1 => Render(request, matches[0]),
            _ => MultipleChoices(request.Version, matches),
        };
    }

    private ApiResult Update(ApiRequest request, string id)
    {
        if (request.Body is not JsonObject body)
        {
            return NotAnObject(request.Body);
        }

        if (!CaseSchema.IsId(id) || store.Find(id) is not { } record)
        {
            return ApiResult.NotFound();
        }

        return store.Update(record, body) ?? new ApiResult(204);
    }

    private ApiResult Upsert(ApiRequest request, string field, string value)
    {
        if (request.Body is not JsonObject body)
        {
            return NotAnObject(request.Body);
        }

        if (!IsExternalIdField(field))
        {
            return ApiResult.Error(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {field}");
        }

        var inBody = body.FirstOrDefault(p => p.Key.Equals(Schema.ExternalIdField, StringComparison.OrdinalIgnoreCase));
        if (inBody.Key is not null && !(inBody.Value is JsonValue given && given.TryGetValue<string>(out var text) && string.Equals(text, value, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiResult.Error(400, "INVALID_FIELD", $"Field {Schema.ExternalIdField} should not be specified in the sobject data.", Schema.ExternalIdField);
        }

        var matches = store.FindByExternalId(value);
        if (matches.Count > 1)
        {
            return MultipleChoices(request.Version, matches);
        }

        var v46 = ParseVersion(request.Version) >= 46;
        if (matches.Count == 1)
        {
            return store.Update(matches[0], body)
                ?? (v46 ? Saved(request.Version, matches[0], created: false, status: 200) : new ApiResult(204));
        }

        if (request.Query.TryGetValue("updateOnly", out var updateOnly) && updateOnly.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResult.NotFound();
        }

        var insert = (JsonObject)body.DeepClone();
        insert.Remove(inBody.Key ?? Schema.ExternalIdField);
        insert[Schema.ExternalIdField] = value;
        var (record, error) = store.Insert(insert);
        return error ?? Saved(request.Version, record!, created: v46 ? true : null, status: 201);
    }

    private ApiResult Delete(string id)
    {
        if (!CaseSchema.IsId(id) || store.Find(id) is not { } record)
        {
            return ApiResult.NotFound();
        }

        store.Delete(record);
        return new ApiResult(204);
    }

    private ApiResult Render(ApiRequest request, CaseRecord record)
    {
        if (!request.Query.TryGetValue("fields", out var list) || string.IsNullOrWhiteSpace(list))
        {
            return new ApiResult(200, record.ToJson(Schema, request.Version));
        }

        var fields = new List<string>();
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Schema.Find(name) is not { } field)
            {
                return ApiResult.Error(400, "INVALID_FIELD", $"No such column '{name}' on entity 'Case'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");
            }

            fields.Add(field.Name);
        }

        return new ApiResult(200, record.ToJson(Schema, request.Version, fields));
    }

    private static ApiResult Saved(string version, CaseRecord record, bool? created, int status)
    {
        var body = new JsonObject { ["id"] = record.Id, ["success"] = true, ["errors"] = new JsonArray() };
        if (created is { } flag)
        {
            body["created"] = flag;
        }

        return new ApiResult(status, body, status == 201 ? CaseRecord.Url(version, record.Id) : null);
    }

    private static ApiResult MultipleChoices(string version, IEnumerable<CaseRecord> matches) =>
        new(300, new JsonArray([.. matches.Select(r => (JsonNode?)CaseRecord.Url(version, r.Id))]));

    private bool IsExternalIdField(string field) => field.Equals(Schema.ExternalIdField, StringComparison.OrdinalIgnoreCase);

    private static ApiResult NotAnObject(JsonNode? body) =>
        ApiResult.Error(400, "JSON_PARSER_ERROR", body is null
            ? "The HTTP entity body is required, but this request has no entity body."
            : $"Cannot deserialize instance of Case from {body.GetValueKind()} value");
}
