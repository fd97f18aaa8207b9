using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Escalations;
using OnboardingBpm.Onboarding.KnowledgeBase;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Onboarding.Tests.Activities;

/// <summary>
/// The engine with the onboarding palette on in-memory stores: each run is a one-step workflow, so a second
/// run of the same step stands for a repeated submission or a replay.
/// </summary>
internal sealed class ActivityHarness : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public ActivityHarness(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWorkflowEngine(activities => activities.AddIntegrationActivities().AddOnboardingActivities());
        services.AddIntegrations(configuration);
        services.AddOnboarding(configuration);
        services.AddKpis(configuration);
        provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new();
    public ICaseStore Cases => provider.GetRequiredService<ICaseStore>();
    public ICustomerStore Customers => provider.GetRequiredService<ICustomerStore>();
    public IEscalationStore Escalations => provider.GetRequiredService<IEscalationStore>();
    public IAlertStore Alerts => provider.GetRequiredService<IAlertStore>();
    public ISurveyStore Surveys => provider.GetRequiredService<ISurveyStore>();
    public ITicketStore Tickets => provider.GetRequiredService<ITicketStore>();
    public IKnowledgeBaseStore KnowledgeBase => provider.GetRequiredService<IKnowledgeBaseStore>();
    public IAuditLog Audit => provider.GetRequiredService<IAuditLog>();

    /// <summary>The port the one step of a <see cref="RunAsync"/> instance left by.</summary>
    public async Task<string> PortOfStepAsync(string instanceId)
    {
        var journal = await provider.GetRequiredService<WorkflowStores>().Journal.ListAsync(instanceId, 0, 10_000);
        return Assert.Single(journal.Items, e => e.ActivityId == "step" && e.EventType == JournalEventType.Completed).Outcomes.Single();
    }

    /// <summary>The instance's journal and state as text, to check what a step wrote down.</summary>
    public async Task<string> RecordedTextAsync(string instanceId)
    {
        var journal = await provider.GetRequiredService<WorkflowStores>().Journal.ListAsync(instanceId, 0, 10_000);
        var instance = await provider.GetRequiredService<WorkflowStores>().Instances.FindAsync(instanceId);
        return JsonSerializer.Serialize(new { journal.Items, instance });
    }

    /// <summary>Sends what the steps queued (as the scheduler does after a commit) and lists the outbox.</summary>
    public async Task<IReadOnlyList<MailMessage>> MailsAsync()
    {
        await provider.GetRequiredService<WorkflowRuntime>().DispatchPendingAsync();
        return [.. (await provider.GetRequiredService<IMailOutbox>().ListAsync(new MailQuery())).Select(m => m.Message)];
    }

    /// <summary>Runs one activity with literal inputs; each output lands in a variable of the same name.</summary>
    public async Task<WorkflowInstance> RunAsync(string activityType, JsonObject inputs, params string[] outputs)
    {
        var definitionId = $"run-{activityType}".ToLowerInvariant();
        var definition = new JsonObject
        {
            ["definitionId"] = definitionId,
            ["version"] = 1,
            ["name"] = activityType,
            ["variables"] = new JsonArray([.. outputs.Select(o => (JsonNode)new JsonObject { ["name"] = o, ["type"] = "Any" })]),
            ["root"] = new JsonObject
            {
                ["type"] = "Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start", ["type"] = "Start" },
                    new JsonObject
                    {
                        ["id"] = "step",
                        ["type"] = activityType,
                        ["inputs"] = inputs.DeepClone(),
                        ["outputs"] = new JsonObject(outputs.Select(o => KeyValuePair.Create(o, (JsonNode?)o))),
                    }),
                ["connections"] = new JsonArray(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = "start" },
                    ["target"] = new JsonObject { ["activity"] = "step" },
                }),
            },
        };
        await provider.GetRequiredService<DefinitionService>().PublishAsync(definition.ToJsonString(), "test");
        var run = await provider.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest(definitionId));
        return run.Instance;
    }

    public async Task<OnboardingCase> AddCaseAsync(string segment, CaseStatus status = CaseStatus.Open)
    {
        var customer = new Customer { Id = $"cus-{Guid.NewGuid():N}", Name = "Acme Corp", Segment = segment };
        await Customers.SaveAsync(customer);
        var onboardingCase = new OnboardingCase
        {
            Id = $"case-{Guid.NewGuid():N}",
            CustomerId = customer.Id,
            Segment = segment,
            TransactionId = Guid.NewGuid().ToString("N"),
            SubmittedAt = Clock.GetUtcNow(),
            Status = status,
            Contact = new Contact("Ada Lovelace", "ada@acme.example", null),
        };
        await Cases.SaveAsync(onboardingCase);
        return onboardingCase;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
