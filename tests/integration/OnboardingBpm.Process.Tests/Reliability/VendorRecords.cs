using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>What the shared simulators hold, from their inspection endpoints: the vendors' side of the story.</summary>
public sealed record VendorRecords(IReadOnlyList<JsonObject> Cases, IReadOnlyList<JsonObject> Users, IReadOnlyList<JsonObject> Events, int SegmentDuplicates)
{
    public const string TransactionField = "Onboarding_Txn_Id__c";

    public static async Task<VendorRecords> ReadAsync(Cluster cluster, CancellationToken cancellationToken)
    {
        var http = cluster.Vendors;
        var cases = await http.GetFromJsonAsync<JsonArray>(new Uri(cluster.Simulators.Salesforce, "__sim/salesforce/cases"), cancellationToken);
        var users = await http.GetFromJsonAsync<JsonArray>(new Uri(cluster.Simulators.Okta, "__sim/okta/users"), cancellationToken);
        var segment = await http.GetFromJsonAsync<JsonObject>(new Uri(cluster.Simulators.Segment, "__sim/segment/events"), cancellationToken);
        return new VendorRecords(
            [.. cases!.OfType<JsonObject>()],
            [.. users!.OfType<JsonObject>()],
            [.. segment!["events"]!.AsArray().OfType<JsonObject>()],
            segment["duplicates"]!.GetValue<int>());
    }

    public ILookup<string, JsonObject> CasesByTransaction => Cases.ToLookup(c => Text(c, TransactionField) ?? "", StringComparer.OrdinalIgnoreCase);

    public ILookup<string, JsonObject> UsersByLogin => Users.ToLookup(u => Text(u["profile"], "login") ?? "", StringComparer.OrdinalIgnoreCase);

    /// <summary>Segment events per (type, event name, user id); identify has no event name.</summary>
    public ILookup<(string Type, string? Event, string UserId), JsonObject> EventsByKind =>
        Events.ToLookup(e => (Text(e, "type") ?? "", Text(e, "event"), Text(e, "userId") ?? ""));

    public static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool Flag(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
