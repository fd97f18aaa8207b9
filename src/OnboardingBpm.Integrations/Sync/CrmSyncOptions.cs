namespace OnboardingBpm.Integrations.Sync;

/// <summary>The <c>Integrations:CrmSync</c> section: what the 15-minute sync reads from Salesforce.</summary>
public sealed class CrmSyncOptions
{
    public const string Section = "Integrations:CrmSync";

    /// <summary>The Case field that holds the customer segment (a custom field in the org).</summary>
    public string SegmentField { get; set; } = "Customer_Segment__c";

    /// <summary>The most open cases one run reconciles; more are left to the next run and reported.</summary>
    public int MaxCases { get; set; } = 2000;

    /// <summary>Segment users are the case contacts' emails; this prefixes the analytics event of a status.</summary>
    public string StatusEvent { get; set; } = "Onboarding Case Synced";
}
