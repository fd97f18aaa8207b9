using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Security;

/// <summary>
/// Zero privilege escalation: every endpoint the server maps is in this table, refuses callers without a token, and
/// answers 403 to every signed-in caller whose role the table does not name. A new endpoint fails the first test
/// until someone decides who may call it.
/// </summary>
public sealed class AccessMatrixTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
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

    /// <summary>Route pattern and method, with who may call it. Anonymous endpoints are listed separately.</summary>
    private static readonly Dictionary<(string Method, string Pattern), string[]> Matrix = new()
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

    private static readonly HashSet<string> Anonymous =
    [
        "/health", "/health/live", "/health/ready", "/openapi/{documentName}.json", "/dev/token", "/survey/{token}", "/api/surveys/{token}",
        "/app-config.json", "/" + Features.BrowserApp.BrowserAppEndpoints.FallbackPattern,
    ];

    public static TheoryData<string> Callers => [.. DemoUsers.All];

    [Fact]
    public void every_mapped_endpoint_is_anonymous_on_purpose_or_in_the_matrix()
    {
        var unlisted = MappedEndpoints()
            .Where(e => !Anonymous.Contains(e.Pattern) && !Matrix.ContainsKey(e))
            .Select(e => $"{e.Method} {e.Pattern}")
            .ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public async Task without_a_token_every_protected_endpoint_answers_401()
    {
        using var anonymous = factory.CreateClient();
        foreach (var (method, pattern) in Matrix.Keys)
        {
            var response = await anonymous.SendAsync(Request(method, pattern), TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task each_caller_reaches_exactly_the_endpoints_of_its_role(string caller)
    {
        using var client = factory.CreateClientAs(caller);
        var wrong = new List<string>();
        foreach (var ((method, pattern), allowed) in Matrix)
        {
            var status = (await client.SendAsync(Request(method, pattern), TestContext.Current.CancellationToken)).StatusCode;
            var permitted = allowed.Contains(caller);
            if (permitted ? status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : status != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{method} {pattern}: {(int)status} (expected {(permitted ? "access" : "403")})");
            }
        }

        Assert.Empty(wrong);
    }

    private IEnumerable<(string Method, string Pattern)> MappedEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct();

    /// <summary>A harmless request for the pattern: sample route values, an empty JSON body; nothing it could change exists.</summary>
    private static HttpRequestMessage Request(string method, string pattern)
    {
        var path = pattern
            .Replace("{**path}", "no-such-route", StringComparison.Ordinal)
            .Replace("{version:int}", "1", StringComparison.Ordinal)
            .Replace("{index:int}", "0", StringComparison.Ordinal);
        path = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", "no-such-id");
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }
}
