using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.Tasks;

/// <summary>The task inbox: an agent sees and works only their segment's tasks; supervisors see all.</summary>
public sealed class TaskInboxTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task an_enterprise_task_is_worked_by_the_enterprise_agent_and_invisible_to_the_smb_agent()
    {
        var email = $"inbox.{Guid.NewGuid():N}@customer.example";
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);
        using var pat = factory.CreateClientAs(DemoUsers.PlatformEngineer);
        var submitted = await admin.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company = "Inbox Co", contactName = "Ian Box", email, segment = "enterprise" }, TestContext.Current.CancellationToken);
        var instanceId = (await ServerFactory.ReadObjectAsync(submitted))["requestId"]!.GetValue<string>();
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);

        var task = Assert.Single(await Inbox(ada), t => t!["instanceId"]!.GetValue<string>() == instanceId)!;
        var taskId = task["id"]!.GetValue<string>();
        Assert.DoesNotContain(await Inbox(sam), t => t!["id"]!.GetValue<string>() == taskId);
        Assert.DoesNotContain(await Inbox(pat), t => t!["id"]!.GetValue<string>() == taskId);
        Assert.Contains(await Inbox(maria), t => t!["id"]!.GetValue<string>() == taskId);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/api/tasks/{taskId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsync($"/api/tasks/{taskId}/claim", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { assignee = DemoUsers.SmbAgent }, TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await ada.PostAsync($"/api/tasks/{taskId}/claim", null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains(await Inbox(ada, "mine"), t => t!["id"]!.GetValue<string>() == taskId);
        var invalid = await ada.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Resolved", data = new { customerReached = "yes" } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(invalid))["errors"]!["$.data.customerReached"]);

        var done = await ada.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Resolved", data = new { customerReached = true, notes = "Called, all clear" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var body = await ServerFactory.ReadObjectAsync(done);
        Assert.Equal("Completed", body["task"]!["status"]!.GetValue<string>());
        Assert.Equal("Finished", body["instance"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(await Inbox(ada), t => t!["id"]!.GetValue<string>() == taskId);
    }

    [Fact]
    public async Task an_agent_cannot_list_another_segment_by_asking_for_it()
    {
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var response = await ada.GetAsync("/api/tasks?segment=smb", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]!["segment"]);
    }

    private static async Task<JsonArray> Inbox(HttpClient client, string scope = "available") =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/tasks?scope={scope}&take=500", TestContext.Current.CancellationToken))!["items"]!.AsArray();
}
