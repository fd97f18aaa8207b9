namespace OnboardingBpm.Integrations.Sync;

/// <summary>An open onboarding case as Salesforce has it, reduced to what the sync compares.</summary>
public sealed record SyncCase(string CaseId, string? CaseNumber, string TransactionId, string? Email, string? Segment, string Status, string? LastModified)
{
    /// <summary>The contact's name as supplied on the web form, for a user the sync has to create.</summary>
    public string? Name { get; init; }
}

/// <summary>What Okta knows of the case's contact: null when there is no such user.</summary>
public sealed record SyncIdentity(string UserId, string Status, bool InSegmentGroup);

public enum SyncActionKind
{
    /// <summary>Create, activate or add the user to the segment's group; every step is idempotent.</summary>
    ProvisionUser,

    /// <summary>Something a person must decide; it goes to the data-consistency validation workflow.</summary>
    Flag,
}

public sealed record SyncAction(SyncActionKind Kind, SyncCase Case, string Reason);

/// <summary>
/// Decides what a sync run does for each case: repair what is safe to repair (a missing user, a user never
/// activated, a missing group membership) and flag what is not (no contact data, a suspended or
/// deprovisioned user). A pure function of what the two systems answered, so it is tested without either.
/// </summary>
public static class CrmSyncPlan
{
    private static readonly HashSet<string> Blocked = new(StringComparer.OrdinalIgnoreCase) { "SUSPENDED", "DEPROVISIONED", "LOCKED_OUT" };
    // PROVISIONED is an activated user who has not set a password yet: the normal state after provisioning,
    // nothing to repair. STAGED was created but never activated.
    private static readonly HashSet<string> Pending = new(StringComparer.OrdinalIgnoreCase) { "STAGED" };

    public static IReadOnlyList<SyncAction> Decide(IReadOnlyList<SyncCase> cases, IReadOnlyDictionary<string, SyncIdentity?> identitiesByEmail)
    {
        var actions = new List<SyncAction>();
        foreach (var @case in cases)
        {
            if (string.IsNullOrWhiteSpace(@case.Email) || string.IsNullOrWhiteSpace(@case.Segment))
            {
                actions.Add(new SyncAction(SyncActionKind.Flag, @case, "incomplete-data: the case has no contact email or no customer segment"));
                continue;
            }

            var identity = identitiesByEmail.GetValueOrDefault(@case.Email.ToLowerInvariant());
            if (identity is null)
            {
                actions.Add(new SyncAction(SyncActionKind.ProvisionUser, @case, "okta-user-missing"));
            }
            else if (Blocked.Contains(identity.Status))
            {
                actions.Add(new SyncAction(SyncActionKind.Flag, @case, $"identity-inactive: the Okta user is {identity.Status} while the case is open"));
            }
            else if (Pending.Contains(identity.Status))
            {
                actions.Add(new SyncAction(SyncActionKind.ProvisionUser, @case, "okta-user-not-activated"));
            }
            else if (!identity.InSegmentGroup)
            {
                actions.Add(new SyncAction(SyncActionKind.ProvisionUser, @case, "okta-group-missing"));
            }
        }

        return actions;
    }

    /// <summary>The Segment messageId of a case's status: one event per change, however many runs see it.</summary>
    public static string StatusMessageId(SyncCase @case) => $"crm-sync:{@case.CaseId}:{@case.Status}:{@case.LastModified}";
}
