using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>One focused test for each server failure the bad-input fuzz found, so each stays fixed whatever the fuzz's seed.</summary>
public sealed class FoundByFuzzTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{\"company\": \"A\", \"company\": \"B\", \"contactName\": \"C D\", \"email\": \"c@d.example\", \"segment\": \"smb\"}", "$.company")]
    [InlineData("{\"company\": \"A\\ud800\", \"contactName\": \"C D\", \"email\": \"c@d.example\", \"segment\": \"smb\"}", "$.company")]
    public async Task a_web_form_with_a_key_given_twice_or_a_lone_surrogate_is_refused_before_any_workflow_starts(string body, string path)
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var instancesBefore = await InstanceCountAsync();

        var response = await admin.PostAsync("/workflows/onboarding-requests", Json(body), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, path);
        Assert.Equal(instancesBefore, await InstanceCountAsync());
    }

    [Fact]
    public async Task a_web_form_in_invalid_utf8_is_refused_instead_of_read_as_replacement_characters()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var bytes = Encoding.UTF8.GetBytes("{\"company\": \"Acme\", \"contactName\": \"C D\", \"email\": \"c@d.example\", \"segment\": \"smb\"}");
        bytes[14] = 0xFF;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await admin.PostAsync("/workflows/onboarding-requests", content, Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, "$");
    }

    [Theory]
    [InlineData("company", "\"Acme\"", "company", 201)]
    [InlineData("notes", "{\"a\": 1}", "notes", 0)]
    [InlineData("phone", "[1]", "phone", 0)]
    [InlineData("submissionId", "\"a/b?c\"", "submissionId", 0)]
    [InlineData("needsSoc2", "\"yes\"", "needsSoc2", 0)]
    public async Task the_form_check_refuses_what_the_vendors_would_fail_on_later(string field, string value, string path, int repeat)
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var form = JsonNode.Parse("{\"company\": \"Acme\", \"contactName\": \"C D\", \"email\": \"c@d.example\", \"segment\": \"smb\"}")!.AsObject();
        form[field] = repeat > 0 ? new string('x', repeat) : JsonNode.Parse(value);

        var response = await admin.PostAsync("/workflows/onboarding-requests", Json(form.ToJsonString()), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, path);
    }

    [Fact]
    public async Task a_draft_saved_with_a_comment_reads_back()
    {
        using var owner = factory.CreateClientAs(DemoUsers.ProcessOwner);
        const string Draft = """
            // a comment, which definition files may carry
            {"definitionId": "commented-draft", "name": "Commented", "root": {"activities": [{"id": "start", "type": "Start"},],},}
            """;

        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync("/api/workflow-definitions", Json(Draft), Cancel)).StatusCode);
        var readBack = await owner.GetAsync("/api/workflow-definitions/commented-draft", Cancel);

        Assert.Equal(HttpStatusCode.OK, readBack.StatusCode);
        Assert.Equal("Commented", (await ServerFactory.ReadObjectAsync(readBack))["draft"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_task_completion_with_a_data_key_given_twice_is_a_400_at_its_path_and_changes_nothing()
    {
        var task = await OpenTaskAsync();
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var response = await ada.PostAsync($"/api/tasks/{task.Id}/complete", Json("{\"outcome\": \"Resolved\", \"data\": {\"customerReached\": true, \"customerReached\": false}}"), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, "$.data.customerReached");
        Assert.Equal(task.Revision, (await Tasks.FindAsync(task.Id, Cancel))!.Revision);
    }

    [Fact]
    public async Task a_task_completion_over_the_body_limit_is_refused_with_413_without_reading_it_and_changes_nothing()
    {
        var task = await OpenTaskAsync();
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        var body = $"{{\"outcome\": \"Resolved\", \"data\": {{\"customerReached\": true, \"notes\": \"{new string('n', 8 * 1024 * 1024)}\"}}}}";

        var response = await ada.PostAsync($"/api/tasks/{task.Id}/complete", Json(body), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.RequestEntityTooLarge, path: null);
        Assert.Equal(task.Revision, (await Tasks.FindAsync(task.Id, Cancel))!.Revision);
    }

    [Theory]
    [InlineData("application/json; charset=no-such-charset")]
    [InlineData("application/json; charset=")]
    [InlineData("application/json; charset=utf-16")]
    public async Task a_task_body_whose_charset_is_not_utf8_is_refused_with_415(string contentType)
    {
        var task = await OpenTaskAsync();
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);
        using var content = new StringContent("{\"assignee\": \"ada.agent@onboardingbpm.local\"}");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await maria.PostAsync($"/api/tasks/{task.Id}/reassign", content, Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.UnsupportedMediaType, path: null);
    }

    [Theory]
    [InlineData("{\"assignee\": \"\\u0000\"}")]
    [InlineData("{\"assignee\": \"\\ufeff\"}")]
    [InlineData("{\"assignee\": \"not a login\"}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task a_task_cannot_be_reassigned_to_someone_who_cannot_sign_in(string body)
    {
        var task = await OpenTaskAsync();
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);

        var response = await maria.PostAsync($"/api/tasks/{task.Id}/reassign", Json(body), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, "$.assignee");
        Assert.Null((await Tasks.FindAsync(task.Id, Cancel))!.Assignee);
    }

    /// <summary>Typed bodies bind text through StrictStringConverter now: a number where text belongs is still named plainly.</summary>
    [Fact]
    public async Task a_text_field_of_a_typed_body_given_a_number_is_a_400_saying_it_has_the_wrong_type()
    {
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);

        var response = await maria.PostAsync("/api/tickets", Json("{\"customerId\": 42, \"subject\": \"VPN drops\"}"), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, "$.customerId");
        Assert.Contains("has the wrong type", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    /// <summary>The survey answer was the one body still read leniently: a key twice or a lone surrogate was a 500 (anonymous).</summary>
    [Theory]
    [InlineData("{\"rating\": 5, \"rating\": 1}", "$.rating")]
    [InlineData("{\"rating\": 5, \"comment\": \"\\ud800\"}", "$.comment")]
    [InlineData("{\"rating\": 5, \"comment\": \"fine\\u0000\"}", "$.comment")]
    public async Task a_survey_answer_is_read_strictly(string body, string path)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsync("/api/surveys/no-such-token", Json(body), Cancel);

        await AssertProblemAtAsync(response, HttpStatusCode.BadRequest, path);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    private IHumanTaskStore Tasks => factory.Services.GetRequiredService<WorkflowStores>().Tasks;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<int> InstanceCountAsync() =>
        (await factory.Services.GetRequiredService<WorkflowStores>().Instances.ListAsync(new InstanceFilter { Take = 1 }, Cancel)).Total;

    private static async Task AssertProblemAtAsync(HttpResponseMessage response, HttpStatusCode status, string? path)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (path is not null)
        {
            Assert.Contains(path, JsonNode.Parse(body)!["errors"]!.AsObject().Select(p => p.Key));
        }
    }

    private async Task<OnboardingBpm.Workflows.HumanTasks.HumanTask> OpenTaskAsync()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var email = $"found-{Guid.NewGuid():N}@fuzz.example";
        var submitted = await admin.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company = "Found Co", contactName = "Fern Found", email, segment = "enterprise" }, Cancel);
        var instanceId = (await ServerFactory.ReadObjectAsync(submitted))["requestId"]!.GetValue<string>();
        await factory.RunSchedulerAsync();
        return Assert.Single((await Tasks.ListAsync(new TaskFilter { InstanceId = instanceId }, Cancel)).Items);
    }
}
