using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// README.md steps 5 and 6 exactly as a newcomer follows them on a fresh start: over HTTP only, as the README's users
/// (the web form's machine client, Ada the enterprise agent, the admin reading the outbox, the customer with the link),
/// with the README's form body, outcome and answer. The KPIs are read before and after, so the test states what moves.
/// RunSchedulerAsync stands in for the server's one-second scheduler loop (the "background" of the README); no time passes.
/// </summary>
public sealed partial class NewcomerPathTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private const string Dana = "dana@acme.example";
    private const string CustomerSatisfaction = "CustomerSatisfaction";
    private const string SlaAttainment = "SlaAttainment";
    private const string FirstContactResolution = "FirstContactResolution";
    private const string OnboardingTime = "OnboardingTime";

    private static readonly (decimal? Value, int SampleSize, string Status) NoData = (null, 0, "NoData");

    private static readonly object ReadmeForm = new
    {
        submissionId = "f-1001",
        company = "Acme Corp",
        contactName = "Dana Scully",
        email = Dana,
        segment = "enterprise",
    };

    private readonly HttpClient service = factory.CreateClientAs(DemoUsers.Service);
    private readonly HttpClient admin = factory.CreateClientAs(DemoUsers.Admin);
    private readonly HttpClient ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
    private readonly HttpClient customer = factory.CreateClient();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task the_readme_walkthrough_resolves_the_request_surveys_dana_and_moves_csat_and_sla_of_the_enterprise_segment()
    {
        var before = await EnterpriseKpisAsync();
        Assert.Equal([CustomerSatisfaction, FirstContactResolution, OnboardingTime, SlaAttainment], before.Keys.Order());
        Assert.All(before.Values, kpi => Assert.Equal(NoData, kpi));

        var submitted = await service.PostAsJsonAsync("/workflows/onboarding-requests", ReadmeForm, Cancel);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        await factory.RunSchedulerAsync();

        var firstContact = await InboxTaskAsync("Contact Acme Corp about their onboarding");
        await ResolveAsync(firstContact);
        await factory.RunSchedulerAsync();

        Assert.NotNull(await InboxTaskAsync("Complete the handoff form for Acme Corp"));
        var danasMail = await MailToAsync(Dana);
        Assert.Equal(["survey", "welcome", "welcome-kit"], danasMail.Select(m => m!["category"]!.GetValue<string>()).Order());
        Assert.Equal(["first-training-call.ics"], Category(danasMail, "welcome-kit")["attachments"]!.AsArray().Select(a => a!.GetValue<string>()));

        // README: "CSAT: no data yet" — but the case was resolved before its 72-hour escalation: a met SLA.
        var resolved = await EnterpriseKpisAsync();
        Assert.Equal(before[CustomerSatisfaction], resolved[CustomerSatisfaction]);
        Assert.Equal((100m, before[SlaAttainment].SampleSize + 1, "OnTarget"), resolved[SlaAttainment]);

        var token = await SurveyTokenAsync(Category(danasMail, "survey"));
        await AssertSurveyFormAsync(token);
        var answered = await customer.PostAsJsonAsync($"/api/surveys/{token}", new { rating = 5, comment = "Quick and clear" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("recorded", (await ServerFactory.ReadObjectAsync(answered))["status"]!.GetValue<string>());
        await factory.RunSchedulerAsync();

        // README: "CSAT 100 % over 1 answer"; no CSAT baseline is configured, so it has no target to meet.
        var after = await EnterpriseKpisAsync();
        Assert.Equal((100m, before[CustomerSatisfaction].SampleSize + 1, "NoTarget"), after[CustomerSatisfaction]);
        Assert.Equal(resolved[SlaAttainment], after[SlaAttainment]);

        // First-contact resolution counts support tickets only (a case carries no first-contact flag), and the
        // onboarding time counts cases that became Active: resolving the request moves neither.
        Assert.Equal(before[FirstContactResolution], after[FirstContactResolution]);
        Assert.Equal(before[OnboardingTime], after[OnboardingTime]);
    }

    /// <summary>Claims the task as Ada and completes it with the README's outcome and form data.</summary>
    private async Task ResolveAsync(JsonNode task)
    {
        var id = task["id"]!.GetValue<string>();
        var claimed = await ada.PostAsync($"/api/tasks/{id}/claim", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(DemoUsers.EnterpriseAgent, (await ServerFactory.ReadObjectAsync(claimed))["assignee"]!.GetValue<string>());

        var completion = new { outcome = "Resolved", data = new { customerReached = true, notes = "Walked through the plan" } };
        var completed = await ada.PostAsJsonAsync($"/api/tasks/{id}/complete", completion, Cancel);
        Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Completed", (await ServerFactory.ReadObjectAsync(completed))["task"]!["status"]!.GetValue<string>());
    }

    /// <summary>The one active task with this title in Ada's inbox (`GET /api/tasks`).</summary>
    private async Task<JsonNode> InboxTaskAsync(string title)
    {
        var inbox = await ada.GetFromJsonAsync<JsonObject>("/api/tasks", Cancel);
        return Assert.Single(inbox!["items"]!.AsArray(), t => t!["title"]!.GetValue<string>() == title)!;
    }

    private async Task<JsonArray> MailToAsync(string recipient) =>
        (await admin.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={Uri.EscapeDataString(recipient)}", Cancel))!;

    private static JsonNode Category(JsonArray mails, string category) =>
        Assert.Single(mails, m => m!["category"]!.GetValue<string>() == category)!;

    /// <summary>Opens the survey mail and reads the link's token as the customer would from its text.</summary>
    private async Task<string> SurveyTokenAsync(JsonNode surveyMail)
    {
        var mail = await admin.GetFromJsonAsync<JsonObject>($"/api/mail/{Uri.EscapeDataString(surveyMail["id"]!.GetValue<string>())}", Cancel);
        var link = SurveyLink().Match(mail!["textBody"]!.GetValue<string>());
        Assert.True(link.Success, "The survey mail's text holds no /survey/{token} link.");
        return link.Groups["token"].Value;
    }

    private async Task AssertSurveyFormAsync(string token)
    {
        var page = await customer.GetAsync($"/survey/{token}", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<form", await page.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    /// <summary>`GET /api/kpis/current?segment=enterprise` as Ada, as the README reads it: each KPI's figure.</summary>
    private async Task<Dictionary<string, (decimal? Value, int SampleSize, string Status)>> EnterpriseKpisAsync()
    {
        var current = await ada.GetFromJsonAsync<JsonObject>("/api/kpis/current?segment=enterprise", Cancel);
        var segment = Assert.Single(current!["segments"]!.AsArray())!;
        Assert.Equal("enterprise", segment["segment"]!.GetValue<string>());
        return segment["kpis"]!.AsArray().ToDictionary(
            k => k!["kpi"]!.GetValue<string>(),
            k => (k!["value"]?.GetValue<decimal>(), k["sampleSize"]!.GetValue<int>(), k["status"]!.GetValue<string>()));
    }

    [GeneratedRegex(@"/survey/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex SurveyLink();
}
