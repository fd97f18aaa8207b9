using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// Process 5 end to end: a resolved case's contact gets a single-use survey link; an answer goes to Segment and a
/// low rating opens a follow-up task for the segment's supervisors; an unanswered survey is reminded once and expires.
/// </summary>
public sealed partial class FeedbackSurveyTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private readonly HttpClient admin = factory.CreateClientAs(DemoUsers.Admin);
    private readonly HttpClient anonymous = factory.CreateClient();

    [Fact]
    public async Task a_low_rating_reaches_segment_and_opens_a_follow_up_task_and_the_link_works_once()
    {
        var (onboardingCase, email) = await ResolvedCaseAsync();
        var token = await TokenFromMailAsync(email);

        var page = await anonymous.GetAsync($"/survey/{token}", TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<form", html, StringComparison.Ordinal);
        Assert.Contains("name=\"rating\" value=\"5\"", html, StringComparison.Ordinal);
        Assert.Contains("<textarea id=\"comment\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);

        var answer = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { rating = 2, comment = "Slow to answer." }, TestContext.Current.CancellationToken);
        await factory.RunSchedulerAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

        using var supervisor = factory.CreateClientAs(DemoUsers.Supervisor);
        var tasks = (await supervisor.GetFromJsonAsync<JsonObject>("/api/tasks?take=500", TestContext.Current.CancellationToken))!["items"]!.AsArray();
        var task = Assert.Single(tasks, t => t!["definitionId"]!.GetValue<string>() == "feedback-survey" && t["title"]!.GetValue<string>().Contains(onboardingCase.Id, StringComparison.Ordinal))!;
        Assert.Equal("Supervisor", task["candidateRole"]!.GetValue<string>());
        Assert.Equal("enterprise", task["segment"]!.GetValue<string>());
        var events = (await SegmentEventsAsync())["events"]!.AsArray();
        Assert.Single(events, e => e!["event"]?.GetValue<string>() == "Survey Answered" && e["userId"]?.GetValue<string>() == onboardingCase.CustomerId && e["properties"]?["rating"]?.GetValue<int>() == 2);
        var response = Assert.Single((await factory.Services.GetRequiredService<ISurveyStore>()
            .ListResponsesAsync(new SurveyResponseQuery(SegmentScope.All) { CustomerId = onboardingCase.CustomerId }, TestContext.Current.CancellationToken)).Items);
        Assert.Equal((2, "Slow to answer."), (response.Rating, response.Comment));

        var again = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { rating = 5 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task an_unanswered_survey_is_reminded_once_after_three_days_and_expires_after_seven()
    {
        var (onboardingCase, email) = await ResolvedCaseAsync();
        var token = await TokenFromMailAsync(email);

        factory.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await factory.RunSchedulerAsync();
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.RunSchedulerAsync();
        Assert.Single(await SurveyMailsAsync(email), m => m!["subject"]!.GetValue<string>().StartsWith("A reminder", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/survey/{token}", TestContext.Current.CancellationToken)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.RunSchedulerAsync();

        Assert.Equal(2, (await SurveyMailsAsync(email)).Count);
        var instance = await SurveyInstanceAsync(onboardingCase.Id);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("expired", instance.Variables["outcome"]!.GetValue<string>());
        var late = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { rating = 4 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/survey/{token}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task a_rating_outside_1_to_5_is_refused_naming_the_rating()
    {
        var (_, email) = await ResolvedCaseAsync();
        var token = await TokenFromMailAsync(email);

        var response = await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { rating = 6 }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ServerFactory.ReadObjectAsync(response);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("$.rating"));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync($"/api/surveys/{token}", new { rating = 5 }, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task an_unknown_token_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/survey/not-a-token", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsJsonAsync("/api/surveys/not-a-token", new { rating = 3 }, TestContext.Current.CancellationToken)).StatusCode);
    }

    /// <summary>Submits an onboarding request, runs its background steps and resolves the case it opened.</summary>
    private async Task<(OnboardingCase Case, string Email)> ResolvedCaseAsync()
    {
        var submissionId = Guid.NewGuid().ToString("N");
        var email = $"dana.{submissionId}@customer.example";
        var form = new { submissionId, company = "Scully Labs", contactName = "Dana Scully", email, segment = "enterprise" };
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsJsonAsync("/workflows/onboarding-requests", form, TestContext.Current.CancellationToken)).StatusCode);
        await factory.RunSchedulerAsync();
        var onboardingCase = await factory.Services.GetRequiredService<ICaseStore>().FindByTransactionIdAsync($"web-{submissionId}", SegmentScope.All, TestContext.Current.CancellationToken);
        Assert.NotNull(onboardingCase);

        var resolved = await admin.PostAsJsonAsync("/api/events/case.resolved", new { correlationKey = onboardingCase.Id }, TestContext.Current.CancellationToken);
        await factory.RunSchedulerAsync();
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        return (onboardingCase, email);
    }

    private async Task<string> TokenFromMailAsync(string email)
    {
        var invitation = Assert.Single(await SurveyMailsAsync(email))!;
        var mail = await admin.GetFromJsonAsync<JsonObject>($"/api/mail/{Uri.EscapeDataString(invitation["id"]!.GetValue<string>())}", TestContext.Current.CancellationToken);
        var link = SurveyLink().Match(mail!["textBody"]!.GetValue<string>());
        Assert.True(link.Success);
        return link.Groups["token"].Value;
    }

    private async Task<JsonArray> SurveyMailsAsync(string email) =>
        (await admin.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={email}&category=survey", TestContext.Current.CancellationToken))!;

    private async Task<WorkflowInstance> SurveyInstanceAsync(string caseId)
    {
        var stores = factory.Services.GetRequiredService<WorkflowStores>();
        var page = await stores.Instances.ListAsync(new InstanceFilter { DefinitionId = "feedback-survey", CorrelationId = caseId }, TestContext.Current.CancellationToken);
        var summary = Assert.Single(page.Items);
        return (await stores.Instances.FindAsync(summary.Id, TestContext.Current.CancellationToken))!;
    }

    private Task<JsonObject> SegmentEventsAsync() => factory.SimulatorAsync<JsonObject>("segment", "__sim/segment/events");


    [GeneratedRegex(@"/survey/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex SurveyLink();
}
