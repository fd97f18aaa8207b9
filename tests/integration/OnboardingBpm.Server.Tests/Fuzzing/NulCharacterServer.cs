using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Persistence;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Server.Tests.Tickets;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>What the NUL requests aim at, made once: an open task, a waiting bookmark, a customer, a survey link.</summary>
public sealed record NulTargets(string TaskId, string BookmarkId, string CustomerId, string SurveyToken);

/// <summary>
/// The server on PostgreSQL with something real behind every endpoint the NUL tests call, so a request that got
/// through would write: a published waiting workflow and an instance on it, an enterprise onboarding request at its
/// first-contact task, a registered customer with a survey invitation.
/// </summary>
public sealed class NulCharacterServer() : ScheduledByTestServerFactory(DatabaseProvider.PostgreSql)
{
    public const string WaitingWorkflow = "nul-wait";
    public const string WaitEvent = "nul.go";

    private Task<NulTargets>? targets;

    public Task<NulTargets> TargetsAsync() => targets ??= PrepareAsync();

    private async Task<NulTargets> PrepareAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var owner = CreateClientAs(DemoUsers.ProcessOwner);
        using var admin = CreateClientAs(DemoUsers.Admin);
        var published = await owner.PostAsJsonAsync("/api/workflow-definitions/import", WaitingDefinition(WaitingWorkflow), cancellationToken);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var started = await admin.PostAsJsonAsync("/api/workflow-instances", new { definitionId = WaitingWorkflow, correlationId = "nul-1" }, cancellationToken);
        var bookmarkId = (await ReadObjectAsync(started))["bookmarks"]![0]!["id"]!.GetValue<string>();

        var email = $"nul-{Guid.NewGuid():N}@customer.example";
        var submitted = await admin.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company = "Nul Co", contactName = "Nora Null", email, segment = "enterprise" }, cancellationToken);
        var instanceId = (await ReadObjectAsync(submitted))["requestId"]!.GetValue<string>();
        await RunSchedulerAsync();
        var tasks = await Services.GetRequiredService<WorkflowStores>().Tasks.ListAsync(new TaskFilter { InstanceId = instanceId }, cancellationToken);

        var customer = await TicketDesk.SaveCustomerAsync(this, "enterprise");
        var (token, hash) = SurveyTokens.Create();
        await Services.GetRequiredService<ISurveyStore>().AddInvitationAsync(new SurveyInvitation
        {
            Id = $"survey-{Guid.NewGuid():N}",
            CustomerId = customer.Id,
            Segment = customer.Segment,
            SubjectId = "nul-subject",
            TokenHash = hash,
            CreatedAt = Clock.GetUtcNow(),
            ExpiresAt = Clock.GetUtcNow().AddDays(7),
        }, cancellationToken);
        return new NulTargets(Assert.Single(tasks.Items).Id, bookmarkId, customer.Id, token);
    }

    /// <summary>Start, then wait for <see cref="WaitEvent"/>: a definition whose texts the NUL cases spoil one at a time.</summary>
    public static JsonObject WaitingDefinition(string definitionId) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = "Waits for nul.go",
        ["root"] = new JsonObject
        {
            ["activities"] = new JsonArray(
                new JsonObject { ["id"] = "start", ["type"] = "Start" },
                new JsonObject { ["id"] = "wait", ["type"] = "Event", ["inputs"] = new JsonObject { ["eventName"] = WaitEvent } }),
            ["connections"] = new JsonArray(
                new JsonObject { ["source"] = new JsonObject { ["activity"] = "start" }, ["target"] = new JsonObject { ["activity"] = "wait" } }),
        },
    };
}
