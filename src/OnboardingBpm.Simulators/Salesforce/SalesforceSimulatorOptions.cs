namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>The org the simulator pretends to be: its connected app, its limits and its Case setup.</summary>
public sealed class SalesforceSimulatorOptions
{
    /// <summary>The connected app's consumer key: client_id of the client credentials flow, iss of a JWT assertion.</summary>
    public string ClientId { get; set; } = "onboardingbpm-simulated-consumer-key";

    public string ClientSecret { get; set; } = "onboardingbpm-simulated-consumer-secret";

    /// <summary>The certificate (or bare public key) in PEM that JWT bearer assertions must be signed for; none disables the flow.</summary>
    public string? JwtPublicKeyPem { get; set; }

    /// <summary>Pre-approved users for the JWT bearer flow; empty accepts any sub.</summary>
    public IList<string> JwtUsernames { get; set; } = [];

    /// <summary>Accepted aud values besides the simulator's own address.</summary>
    public IList<string> JwtAudiences { get; set; } = ["https://login.salesforce.com", "https://test.salesforce.com"];

    /// <summary>Sessions end after this long without a call, as the org's session timeout does.</summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The daily API request allocation reported in Sforce-Limit-Info and /limits.</summary>
    public int DailyApiLimit { get; set; } = 100_000;

    /// <summary>Records per query page (Salesforce: 2,000).</summary>
    public int QueryPageSize { get; set; } = 2000;

    /// <summary>The custom External ID field that carries the onboarding transaction id.</summary>
    public string ExternalIdField { get; set; } = "Onboarding_Txn_Id__c";

    /// <summary>Other custom text fields the org has on Case: the customer segment the app files cases under, and the customer status (Active once onboarded).</summary>
    public IList<string> CustomTextFields { get; set; } = ["Customer_Segment__c", "Customer_Status__c"];

    /// <summary>Whether the external id is also marked Unique; without it two cases can share a value and upsert answers 300.</summary>
    public bool ExternalIdUnique { get; set; } = true;

    /// <summary>Fields a validation rule of the org requires on create (a standard org requires none).</summary>
    public IList<string> RequiredFields { get; set; } = [];

    /// <summary>The Case Status picklist and which values count as closed (CaseStatus.IsClosed).</summary>
    public IDictionary<string, bool> CaseStatuses { get; set; } = new Dictionary<string, bool>
    {
        ["New"] = false,
        ["Working"] = false,
        ["Escalated"] = false,
        ["Closed"] = true,
    };

    /// <summary>The run-as integration user that owns new cases.</summary>
    public string IntegrationUserId { get; set; } = "005000000000001AAA";

    public string OrganizationId { get; set; } = "00D000000000001EAA";
}
