using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Okta;
using OnboardingBpm.Integrations.Salesforce;
using OnboardingBpm.Integrations.Segment;

namespace OnboardingBpm.Integrations.Sync;

/// <summary>One sync run: read both systems, let <see cref="CrmSyncPlan"/> decide, carry out the repairs, tell Segment.</summary>
internal sealed class CrmSyncRunner(IServiceProvider services, CrmSyncOptions options)
{
    private readonly SalesforceClient salesforce = services.GetRequiredService<SalesforceClient>();
    private readonly OktaClient okta = services.GetRequiredService<OktaClient>();
    private readonly SegmentClient segment = services.GetRequiredService<SegmentClient>();
    private readonly OktaOptions oktaOptions = services.GetRequiredService<IOptionsMonitor<OktaOptions>>().CurrentValue;
    private readonly SalesforceOptions salesforceOptions = services.GetRequiredService<IOptionsMonitor<SalesforceOptions>>().CurrentValue;

    public async Task<CrmSyncResult> RunAsync(CancellationToken cancellationToken)
    {
        var (cases, truncated) = await OpenCasesAsync(cancellationToken);
        var identities = await IdentitiesAsync(cases, cancellationToken);
        var actions = CrmSyncPlan.Decide(cases, identities);

        var repaired = 0;
        foreach (var action in actions.Where(a => a.Kind == SyncActionKind.ProvisionUser))
        {
            var (first, last) = Names(action.Case);
            await okta.ProvisionUserAsync(new OktaNewUser(action.Case.Email!, first, last), oktaOptions.SegmentGroup(action.Case.Segment!), cancellationToken);
            repaired++;
        }

        var events = cases.Where(c => !string.IsNullOrWhiteSpace(c.Email)).Select(c => SegmentMessage.Track(
            c.Email!.ToLowerInvariant(),
            options.StatusEvent,
            new JsonObject { ["caseId"] = c.CaseId, ["caseNumber"] = c.CaseNumber, ["status"] = c.Status, ["segment"] = c.Segment },
            CrmSyncPlan.StatusMessageId(c))).ToList();
        if (events.Count > 0)
        {
            await segment.BatchAsync(events, cancellationToken);
        }

        return new CrmSyncResult(cases.Count, truncated, repaired, events.Count, actions.Where(a => a.Kind == SyncActionKind.Flag).ToList());
    }

    private async Task<(IReadOnlyList<SyncCase> Cases, bool Truncated)> OpenCasesAsync(CancellationToken cancellationToken)
    {
        var external = salesforceOptions.ExternalIdField;
        var soql = $"SELECT Id, CaseNumber, Status, SuppliedEmail, SuppliedName, {options.SegmentField}, {external}, LastModifiedDate "
            + $"FROM Case WHERE IsClosed = false AND {external} != null ORDER BY CreatedDate";
        var result = await salesforce.QueryAsync(soql, options.MaxCases, cancellationToken);
        var cases = result.Records.Select(r => new SyncCase(
            Text(r, "Id")!,
            Text(r, "CaseNumber"),
            Text(r, external)!,
            Text(r, "SuppliedEmail"),
            Text(r, options.SegmentField),
            Text(r, "Status") ?? "",
            Text(r, "LastModifiedDate")) { Name = Text(r, "SuppliedName") }).ToList();
        return (cases, result.Truncated);
    }

    /// <summary>Each segment's group members in one paged call, then single lookups (cached) only for the rest.</summary>
    private async Task<Dictionary<string, SyncIdentity?>> IdentitiesAsync(IReadOnlyList<SyncCase> cases, CancellationToken cancellationToken)
    {
        var identities = new Dictionary<string, SyncIdentity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in cases.Where(c => !string.IsNullOrWhiteSpace(c.Email) && !string.IsNullOrWhiteSpace(c.Segment)).GroupBy(c => c.Segment!))
        {
            var oktaGroup = await okta.FindGroupAsync(oktaOptions.SegmentGroup(group.Key), cancellationToken);
            var members = oktaGroup is null ? [] : await okta.GroupMembersAsync(oktaGroup.Id, cancellationToken: cancellationToken);
            var byLogin = members.ToDictionary(m => (m.Profile.Email ?? m.Profile.Login).ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
            foreach (var email in group.Select(c => c.Email!.ToLowerInvariant()).Distinct())
            {
                if (byLogin.TryGetValue(email, out var member))
                {
                    identities[email] = new SyncIdentity(member.Id, member.Status, InSegmentGroup: true);
                }
                else
                {
                    var user = await okta.GetUserAsync(email, cancellationToken);
                    identities[email] = user is null ? null : new SyncIdentity(user.Value.Id, user.Value.Status, InSegmentGroup: false);
                }
            }
        }

        return identities;
    }

    private static (string First, string Last) Names(SyncCase @case)
    {
        var parts = (@case.Name ?? "").Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fallback = @case.Email!.Split('@')[0];
        return (parts.Length > 0 ? parts[0] : fallback, parts.Length > 1 ? parts[1] : "-");
    }

    private static string? Text(JsonObject record, string field) =>
        record[field] is JsonValue value ? value.ToString() : null;
}

/// <summary>What one run found and did.</summary>
internal sealed record CrmSyncResult(int Checked, bool Truncated, int Repaired, int EventsSent, IReadOnlyList<SyncAction> Flags)
{
    public JsonObject Summary() => new()
    {
        ["casesChecked"] = Checked,
        ["truncated"] = Truncated,
        ["usersRepaired"] = Repaired,
        ["eventsSent"] = EventsSent,
        ["inconsistencies"] = Flags.Count,
    };

    public JsonArray FlagsJson() => new(Flags.Select(f => (JsonNode)new JsonObject
    {
        ["caseId"] = f.Case.CaseId,
        ["caseNumber"] = f.Case.CaseNumber,
        ["transactionId"] = f.Case.TransactionId,
        ["email"] = f.Case.Email,
        ["segment"] = f.Case.Segment,
        ["reason"] = f.Reason,
    }).ToArray());
}
