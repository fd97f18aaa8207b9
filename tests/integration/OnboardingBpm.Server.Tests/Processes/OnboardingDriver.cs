using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.HumanTasks;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>A submitted enterprise customer whose onboarding the tests drive.</summary>
internal sealed record SubmittedCustomer(OnboardingCase Case, string Email, string Company);

/// <summary>
/// Works the onboarding processes as people do: through the task API, as the enterprise agent (Agent tasks) or
/// the supervisor (Supervisor tasks), with the scheduler run after each step and time moved on the fake clock.
/// </summary>
internal sealed class OnboardingDriver(ScheduledByTestServerFactory factory) : IDisposable
{
    private readonly HttpClient admin = factory.CreateClientAs(DemoUsers.Admin);
    private readonly HttpClient agent = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
    private readonly HttpClient supervisor = factory.CreateClientAs(DemoUsers.Supervisor);

    public HttpClient Admin => admin;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WorkflowStores Stores => factory.Services.GetRequiredService<WorkflowStores>();

    /// <summary>Submits an onboarding request (the case, its Salesforce case and its contact exist afterwards).</summary>
    public async Task<SubmittedCustomer> SubmitAsync(string company = "Mulder Analytics", string segment = "enterprise", string contactName = "Fox Mulder")
    {
        var submissionId = Guid.NewGuid().ToString("N");
        var email = $"fox.{submissionId}@customer.example";
        var form = new { submissionId, company, contactName, email, segment };
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsJsonAsync("/workflows/onboarding-requests", form, Cancel)).StatusCode);
        await factory.RunSchedulerAsync();
        var onboardingCase = await factory.Services.GetRequiredService<ICaseStore>().FindByTransactionIdAsync($"web-{submissionId}", SegmentScope.All, Cancel);
        Assert.NotNull(onboardingCase);
        return new SubmittedCustomer(onboardingCase, email, company);
    }

    /// <summary>Starts a workflow through the API with the case id as correlation, so its children are found by it too.</summary>
    public async Task<string> StartAsync(string definitionId, SubmittedCustomer customer, object input)
    {
        var response = await admin.PostAsJsonAsync("/api/workflow-instances", new { definitionId, input, correlationId = customer.Case.Id }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await factory.RunSchedulerAsync();
        return (await ServerFactory.ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    public Task<string> StartPhasesAsync(SubmittedCustomer customer, bool needsSoc2 = false) => StartAsync("onboarding-phases", customer, new
    {
        caseId = customer.Case.Id,
        salesforceCaseId = customer.Case.SalesforceCaseId,
        segment = "enterprise",
        customerName = customer.Company,
        contactEmail = customer.Email,
        contactName = "Fox Mulder",
        needsSoc2,
    });

    /// <summary>The open task of a step; fails unless there is exactly one.</summary>
    public async Task<HumanTask> TaskAsync(string instanceId, string activityId) =>
        Assert.Single(await TasksAsync(instanceId, activityId, activeOnly: true));

    public async Task<IReadOnlyList<HumanTask>> TasksAsync(string instanceId, string activityId, bool activeOnly = false) =>
        [.. (await Stores.Tasks.ListAsync(new TaskFilter { InstanceId = instanceId, ActiveOnly = activeOnly, Take = 200 }, Cancel)).Items.Where(t => t.ActivityId == activityId)];

    /// <summary>Completes the step's open task as the user its candidate role names, and runs what follows.</summary>
    public async Task CompleteAsync(string instanceId, string activityId, string outcome, object? data = null)
    {
        var task = await TaskAsync(instanceId, activityId);
        var client = task.CandidateRole == "Supervisor" ? supervisor : agent;
        var response = await client.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome, data = data ?? new { } }, Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{activityId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancel)}");
        await factory.RunSchedulerAsync();
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        factory.Clock.Advance(by);
        await factory.RunSchedulerAsync();
        await factory.RunSchedulerAsync();
    }

    public async Task<OnboardingCase> CaseAsync(string caseId) =>
        await factory.Services.GetRequiredService<ICaseStore>().FindAsync(caseId, SegmentScope.All, Cancel)
        ?? throw new InvalidOperationException($"No case {caseId}");

    public async Task<WorkflowInstance> InstanceAsync(string instanceId) =>
        (await Stores.Instances.FindAsync(instanceId, Cancel))!;

    /// <summary>The instances of a definition started for the case (children inherit the correlation).</summary>
    public async Task<IReadOnlyList<WorkflowInstanceSummary>> InstancesAsync(string definitionId, string caseId) =>
        (await Stores.Instances.ListAsync(new InstanceFilter { DefinitionId = definitionId, CorrelationId = caseId }, Cancel)).Items;

    /// <summary>The case's early warnings and deadline alerts (not the 72-hour escalation the request started).</summary>
    public async Task<IReadOnlyList<Alert>> OnboardingAlertsAsync(string caseId) =>
        [.. (await factory.Services.GetRequiredService<IAlertStore>().ListAsync(new AlertQuery(Take: 10_000), Cancel))
            .Where(a => a.Kind is "health-warning" or "onboarding-deadline" && a.Title.Contains(caseId, StringComparison.Ordinal))];

    public async Task<JsonArray> MailsAsync(string recipient, string category) =>
        (await admin.GetFromJsonAsync<JsonArray>($"/api/mail?recipient={Uri.EscapeDataString(recipient)}&category={category}", Cancel))!;

    public void Dispose()
    {
        admin.Dispose();
        agent.Dispose();
        supervisor.Dispose();
    }
}
