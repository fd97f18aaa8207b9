using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;
using static OnboardingBpm.Server.Tests.Fuzzing.NulCharacterServer;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// U+0000 in every kind of text a caller sends, on PostgreSQL (which cannot store it; SQLite can): a 400 naming the
/// field, parameter or header, and not a row written or changed in any table. Before the strict reading these were
/// 500s, a 201 with nothing behind it, or a 202 whose workflow failed at its commit (the fuzz on PostgreSQL found that).
/// </summary>
public sealed class NulCharacterTests(NulCharacterServer server) : IClassFixture<NulCharacterServer>
{
    private const string Nul = "\0";

    /// <summary>One request with a NUL somewhere; <paramref name="Body"/> goes as JSON (escaped as <c>\u0000</c>).</summary>
    public sealed record NulRequest(string Who, HttpMethod Method, string Path, JsonNode? Body, string ExpectedAt, (string Name, string Value)? Header = null);

    private static readonly Dictionary<string, Func<NulTargets, NulRequest>> Requests = new()
    {
        ["web form: company"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/workflows/onboarding-requests", WebForm("company", $"Acme{Nul} Corp"), "$.company"),
        ["web form: contact name"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/workflows/onboarding-requests", WebForm("contactName", $"Dana{Nul}"), "$.contactName"),
        ["web form: a key"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/workflows/onboarding-requests", WebForm($"no{Nul}tes", "hello"), "$"),
        ["task completion: form data"] = t => new(DemoUsers.EnterpriseAgent, HttpMethod.Post, $"/api/tasks/{t.TaskId}/complete", Completion("Follow up", $"Left a{Nul} voicemail"), "$.data.notes"),
        ["task completion: outcome"] = t => new(DemoUsers.EnterpriseAgent, HttpMethod.Post, $"/api/tasks/{t.TaskId}/complete", Completion($"Follow{Nul} up", "Left a voicemail"), "$.outcome"),
        ["task completion: a form data key"] = t => new(DemoUsers.EnterpriseAgent, HttpMethod.Post, $"/api/tasks/{t.TaskId}/complete", new JsonObject { ["outcome"] = "Follow up", ["data"] = new JsonObject { ["customerReached"] = true, [$"no{Nul}tes"] = "x" } }, "$.data"),
        ["reassign: assignee"] = t => new(DemoUsers.Supervisor, HttpMethod.Post, $"/api/tasks/{t.TaskId}/reassign", new JsonObject { ["assignee"] = $"{DemoUsers.EnterpriseAgent}{Nul}" }, "$.assignee"),
        ["definition import: name"] = _ => new(DemoUsers.ProcessOwner, HttpMethod.Post, "/api/workflow-definitions/import", Definition(d => d["name"] = $"Waits{Nul}"), "$.name"),
        ["definition import: id"] = _ => new(DemoUsers.ProcessOwner, HttpMethod.Post, "/api/workflow-definitions/import", Definition(d => d["definitionId"] = $"nul{Nul}wait"), "$.definitionId"),
        ["definition import: activity input"] = _ => new(DemoUsers.ProcessOwner, HttpMethod.Post, "/api/workflow-definitions/import", Definition(d => d["root"]!["activities"]![1]!["inputs"]!["eventName"] = $"nul{Nul}.go"), "$.root.activities[1].inputs.eventName"),
        ["definition draft: name"] = _ => new(DemoUsers.ProcessOwner, HttpMethod.Post, "/api/workflow-definitions", Definition(d => d["name"] = $"Draft{Nul}"), "$.name"),
        ["ticket: subject"] = t => new(DemoUsers.Supervisor, HttpMethod.Post, "/api/tickets", Ticket(t, $"VPN{Nul} drops", "Every hour."), "$.subject"),
        ["ticket: description"] = t => new(DemoUsers.Supervisor, HttpMethod.Post, "/api/tickets", Ticket(t, "VPN drops", $"Every{Nul} hour."), "$.description"),
        ["survey: comment"] = t => new("", HttpMethod.Post, $"/api/surveys/{t.SurveyToken}", new JsonObject { ["rating"] = 4, ["comment"] = $"Quick{Nul}" }, "$.comment"),
        ["knowledge base: version body"] = _ => new(DemoUsers.Supervisor, HttpMethod.Post, "/api/kb/kb-nul/versions", new JsonObject { ["title"] = "VPN", ["body"] = $"Restart{Nul} it." }, "$.body"),
        ["knowledge base: version title"] = _ => new(DemoUsers.Supervisor, HttpMethod.Post, "/api/kb/kb-nul/versions", new JsonObject { ["title"] = $"VPN{Nul}", ["body"] = "Restart it." }, "$.title"),
        ["event: payload"] = _ => new(DemoUsers.Admin, HttpMethod.Post, $"/api/events/{WaitEvent}", new JsonObject { ["correlationKey"] = "nul-1", ["payload"] = new JsonObject { ["note"] = $"x{Nul}" } }, "$.payload.note"),
        ["event: correlation key"] = _ => new(DemoUsers.Admin, HttpMethod.Post, $"/api/events/{WaitEvent}", new JsonObject { ["correlationKey"] = $"nul-1{Nul}" }, "$.correlationKey"),
        ["resume: payload"] = t => new(DemoUsers.Admin, HttpMethod.Post, $"/api/bookmarks/{t.BookmarkId}/resume", new JsonObject { ["payload"] = new JsonObject { ["note"] = $"x{Nul}" } }, "$.payload.note"),
        ["start: input"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/api/workflow-instances", new JsonObject { ["definitionId"] = WaitingWorkflow, ["input"] = new JsonObject { ["who"] = $"x{Nul}" } }, "$.input.who"),
        ["start: correlation id"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/api/workflow-instances", new JsonObject { ["definitionId"] = WaitingWorkflow, ["correlationId"] = $"c{Nul}" }, "$.correlationId"),
        ["start: Idempotency-Key header"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/api/workflow-instances", new JsonObject { ["definitionId"] = WaitingWorkflow }, "Idempotency-Key", ("Idempotency-Key", $"k{Nul}1")),
        ["web form: X-Correlation-Id header"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/workflows/onboarding-requests", WebForm("company", "Acme"), "X-Correlation-Id", ("X-Correlation-Id", $"c{Nul}1")),
        ["web form: a query parameter"] = _ => new(DemoUsers.Admin, HttpMethod.Post, "/workflows/onboarding-requests?source=web%00", WebForm("company", "Acme"), "source"),
        ["cases: segment filter"] = _ => new(DemoUsers.Admin, HttpMethod.Get, "/api/cases?segment=%00", null, "segment"),
        ["instances: correlation filter"] = _ => new(DemoUsers.Admin, HttpMethod.Get, "/api/workflow-instances?correlationId=nul-1%00", null, "correlationId"),
        ["audit: actor filter"] = _ => new(DemoUsers.Admin, HttpMethod.Get, "/api/audit?actor=a%00", null, "actor"),
    };

    public static TheoryData<string> Cases => new(Requests.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task a_nul_character_is_a_400_naming_where_it_is_and_nothing_is_written(string name)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var request = Requests[name](await server.TargetsAsync());
        using var client = request.Who == "" ? server.CreateClient() : server.CreateClientAs(request.Who);
        using var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (request.Header is var (header, value))
        {
            message.Headers.TryAddWithoutValidation(header, value);
        }

        var before = await DatabaseFingerprint.TakeAsync(server.ConnectionString, cancellationToken);

        var response = await client.SendAsync(message, cancellationToken);
        await server.RunSchedulerAsync();

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(body)!["errors"]!.AsObject();
        Assert.True(errors[request.ExpectedAt] is JsonArray messages && messages.Any(m => m!.GetValue<string>().Contains("NUL character", StringComparison.Ordinal)), $"Not named at {request.ExpectedAt}: {body}");
        var after = await DatabaseFingerprint.TakeAsync(server.ConnectionString, cancellationToken);
        Assert.True(after.ChangesSince(before) == "", $"Refused, yet written: {after.ChangesSince(before)}");
    }

    [Fact]
    public async Task the_same_requests_without_the_nul_are_taken_so_the_refusals_above_are_for_the_nul_alone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var targets = await server.TargetsAsync();
        using var owner = server.CreateClientAs(DemoUsers.ProcessOwner);
        using var supervisor = server.CreateClientAs(DemoUsers.Supervisor);
        using var admin = server.CreateClientAs(DemoUsers.Admin);

        var draft = await owner.PostAsync("/api/workflow-definitions", Json(Definition(d => d["definitionId"] = "nul-clean-draft")), cancellationToken);
        var ticket = await supervisor.PostAsync("/api/tickets", Json(Ticket(targets, "VPN drops", "Every hour.")), cancellationToken);
        var article = await supervisor.PostAsync("/api/kb/kb-nul-clean/versions", Json(new JsonObject { ["title"] = "VPN", ["body"] = "Restart it." }), cancellationToken);
        var cases = await admin.GetAsync("/api/cases?segment=smb", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ticket.StatusCode);
        Assert.Equal(HttpStatusCode.Created, article.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cases.StatusCode);
    }

    private static JsonObject WebForm(string field, string value)
    {
        var form = new JsonObject { ["company"] = "Acme", ["contactName"] = "Dana Scully", ["email"] = $"{Guid.NewGuid():N}@customer.example", ["segment"] = "smb" };
        form[field] = value;
        return form;
    }

    private static JsonObject Completion(string outcome, string notes) =>
        new() { ["outcome"] = outcome, ["data"] = new JsonObject { ["customerReached"] = true, ["notes"] = notes } };

    private static JsonObject Definition(Action<JsonObject> spoil)
    {
        var definition = WaitingDefinition($"nul-{Guid.NewGuid():N}"[..20]);
        spoil(definition);
        return definition;
    }

    private static JsonObject Ticket(NulTargets targets, string subject, string description) =>
        new() { ["customerId"] = targets.CustomerId, ["subject"] = subject, ["description"] = description };

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
