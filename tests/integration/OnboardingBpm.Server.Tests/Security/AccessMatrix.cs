using System.Text;
using System.Text.RegularExpressions;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Security;

/// <summary>
/// Every endpoint the server maps, as route pattern and method, with the callers its policy admits; anonymous
/// endpoints are listed apart. The access tests walk it: <see cref="AccessMatrixTests"/> with ids that do not
/// exist, <see cref="ForeignSegmentTests"/> with real ids of a segment the caller may not see.
/// </summary>
internal static partial class AccessMatrix
{
    private static readonly string[] Readers = [DemoUsers.ProcessOwner, DemoUsers.Supervisor, DemoUsers.PlatformEngineer, DemoUsers.Admin];
    private static readonly string[] Designers = [DemoUsers.ProcessOwner, DemoUsers.Admin];
    private static readonly string[] Operators = [DemoUsers.ProcessOwner, DemoUsers.Supervisor, DemoUsers.PlatformEngineer, DemoUsers.Admin, DemoUsers.Service];
    private static readonly string[] Platform = [DemoUsers.PlatformEngineer, DemoUsers.Admin];
    private static readonly string[] AnyRole = [DemoUsers.EnterpriseAgent, DemoUsers.SmbAgent, DemoUsers.ProcessOwner, DemoUsers.Supervisor, DemoUsers.PlatformEngineer, DemoUsers.ProductManager, DemoUsers.Admin];
    private static readonly string[] KpiReaders = [DemoUsers.EnterpriseAgent, DemoUsers.SmbAgent, DemoUsers.Supervisor, DemoUsers.ProductManager, DemoUsers.Admin];
    private static readonly string[] Admins = [DemoUsers.Admin];
    private static readonly string[] CaseReaders = [DemoUsers.EnterpriseAgent, DemoUsers.SmbAgent, DemoUsers.Supervisor, DemoUsers.Admin];
    private static readonly string[] KnowledgePublishers = [DemoUsers.Supervisor, DemoUsers.Admin];

    /// <summary>Route pattern and method, with who may call it.</summary>
    public static readonly IReadOnlyDictionary<(string Method, string Pattern), string[]> Routes = new Dictionary<(string, string), string[]>
    {
        [("GET", "/api/activity-descriptors")] = Readers,
        [("GET", "/api/workflow-definitions/")] = Readers,
        [("GET", "/api/workflow-definitions/{definitionId}")] = Readers,
        [("GET", "/api/workflow-definitions/{definitionId}/versions")] = Readers,
        [("GET", "/api/workflow-definitions/{definitionId}/export")] = Readers,
        [("POST", "/api/workflow-definitions/")] = Designers,
        [("POST", "/api/workflow-definitions/validate")] = Designers,
        [("POST", "/api/workflow-definitions/import")] = Designers,
        [("POST", "/api/workflow-definitions/{definitionId}/publish")] = Designers,
        [("POST", "/api/workflow-definitions/{definitionId}/versions/{version:int}/retract")] = Designers,
        [("GET", "/api/workflow-instances/")] = Readers,
        [("GET", "/api/workflow-instances/{instanceId}")] = Readers,
        [("GET", "/api/workflow-instances/{instanceId}/journal")] = Readers,
        [("POST", "/api/workflow-instances/")] = Operators,
        [("POST", "/api/workflow-instances/{instanceId}/cancel")] = Operators,
        [("GET", "/api/incidents/")] = Platform,
        [("POST", "/api/incidents/{incidentId}/retry")] = Platform,
        [("POST", "/api/bookmarks/{bookmarkId}/resume")] = Operators,
        [("POST", "/api/events/{eventName}")] = Operators,
        [("GET", "/workflows/{**path}")] = Operators,
        [("POST", "/workflows/{**path}")] = Operators,
        [("PUT", "/workflows/{**path}")] = Operators,
        [("PATCH", "/workflows/{**path}")] = Operators,
        [("DELETE", "/workflows/{**path}")] = Operators,
        [("GET", "/api/mail/")] = Platform,
        [("GET", "/api/mail/{mailId}")] = Platform,
        [("GET", "/api/mail/{mailId}/attachments/{index:int}")] = Platform,
        [("GET", "/api/tasks/")] = AnyRole,
        [("GET", "/api/tasks/{taskId}")] = AnyRole,
        [("POST", "/api/tasks/{taskId}/claim")] = AnyRole,
        [("POST", "/api/tasks/{taskId}/release")] = AnyRole,
        [("POST", "/api/tasks/{taskId}/reassign")] = AnyRole,
        [("POST", "/api/tasks/{taskId}/complete")] = AnyRole,
        [("GET", "/api/alerts/")] = AnyRole,
        [("GET", "/hubs/notifications")] = AnyRole,
        [("GET", "/hubs/notifications/negotiate")] = AnyRole,
        [("POST", "/api/alerts/{alertId}/acknowledge")] = AnyRole,
        [("GET", "/api/integrations/")] = Platform,
        [("GET", "/api/integrations/simulators")] = Platform,
        [("GET", "/api/integration-runs/")] = Platform,
        [("GET", "/api/cases/")] = CaseReaders,
        [("GET", "/api/cases/{caseId}")] = CaseReaders,
        [("GET", "/api/cases/{caseId}/survey-answers")] = CaseReaders,
        [("GET", "/api/escalations/")] = CaseReaders,
        [("POST", "/api/tickets/")] = CaseReaders,
        [("GET", "/api/tickets/")] = CaseReaders,
        [("GET", "/api/tickets/{ticketId}")] = CaseReaders,
        [("POST", "/api/tickets/{ticketId}/reopen")] = CaseReaders,
        [("GET", "/api/kb/")] = AnyRole,
        [("GET", "/api/kb/{articleId}")] = AnyRole,
        [("POST", "/api/kb/{articleId}/versions")] = KnowledgePublishers,
        [("GET", "/api/customers/{customerId}")] = CaseReaders,
        [("GET", "/api/customers/{customerId}/personal-data")] = Admins,
        [("POST", "/api/customers/{customerId}/erase")] = Admins,
        [("GET", "/api/audit/")] = Admins,
        [("GET", "/api/kpis/current")] = KpiReaders,
        [("GET", "/api/kpis/history")] = KpiReaders,
        [("GET", "/api/kpis/history.csv")] = KpiReaders,
        [("GET", "/api/kpis/periods/{start}")] = KpiReaders,
        [("GET", "/api/me")] = AnyRole,
    };

    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>
    {
        "/health", "/health/live", "/health/ready", "/openapi/{documentName}.json", "/dev/token", "/survey/{token}", "/api/surveys/{token}",
        "/app-config.json", "/" + Features.BrowserApp.BrowserAppEndpoints.FallbackPattern,
    };

    /// <summary>The route values of a pattern by name, without constraints or catch-all stars: <c>{version:int}</c> is <c>version</c>, <c>{**path}</c> is <c>path</c>.</summary>
    public static IReadOnlyList<string> RouteValues(string pattern) =>
        [.. RouteValue().Matches(pattern).Select(m => Name(m.Groups[1].Value))];

    /// <summary>The pattern with each route value replaced by <paramref name="value"/>'s answer for its name.</summary>
    public static string Fill(string pattern, Func<string, string> value) =>
        RouteValue().Replace(pattern, m => value(Name(m.Groups[1].Value)));

    /// <summary>The request as a client would send it; writes carry an empty JSON body.</summary>
    public static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static string Name(string routeValue) => routeValue.TrimStart('*').Split(':')[0];

    [GeneratedRegex("{([^}]+)}")]
    private static partial Regex RouteValue();
}
