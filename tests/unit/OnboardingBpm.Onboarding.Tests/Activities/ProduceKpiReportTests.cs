using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations;
using OnboardingBpm.Onboarding.Activities;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Onboarding.Tests.Kpis;
using OnboardingBpm.Workflows;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Onboarding.Tests.Activities;

/// <summary>ProduceKpiReport on in-memory stores, with a snapshot store that can fail right after saving (a crash before the commit).</summary>
public sealed class ProduceKpiReportTests : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "onboardingbpm-tests", $"kpi-unit-{Guid.NewGuid():N}");
    private readonly FlakySnapshotStore snapshots = new();
    private readonly ServiceProvider provider;

    public ProduceKpiReportTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kpis:ReportFolder"] = folder,
            ["Integrations:Email:TemplatesDirectory"] = RepositoryTemplates.Directory,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        // Monday 2026-01-19 07:00: the period 2026-01-05 to 2026-01-18 has just ended.
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 1, 19, 7, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<IKpiSnapshotStore>(snapshots);
        services.AddWorkflowEngine(activities => activities.AddIntegrationActivities().AddOnboardingActivities());
        services.AddIntegrations(configuration);
        services.AddOnboarding(configuration);
        services.AddKpis(configuration);
        provider = services.BuildServiceProvider();
    }

    [Fact]
    public async Task a_run_that_failed_after_storing_its_snapshots_finishes_the_report_when_retried()
    {
        snapshots.FailAfterNextSave = true;
        var faulted = await RunAsync();
        var incident = Assert.Single(await provider.GetRequiredService<WorkflowStores>().Incidents.ListAsync(faulted.Id, openOnly: true));

        var retried = (await provider.GetRequiredService<WorkflowRuntime>().RetryIncidentAsync(incident.Id, "ops")).Instance;

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Equal(WorkflowStatus.Finished, retried.Status);
        Assert.False(retried.Variables["alreadyReported"]!.GetValue<bool>());
        Assert.Equal("kpi-report-2026-01-05.csv", retried.Variables["attachments"]![0]!["fileName"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(folder, "kpi-report-2026-01-05.csv")));
    }

    [Fact]
    public async Task a_second_run_for_the_same_period_is_already_reported_and_stores_nothing()
    {
        var first = await RunAsync();
        var stored = await snapshots.FindPeriodAsync(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), SegmentScope.All);

        var second = await RunAsync();

        Assert.False(first.Variables["alreadyReported"]!.GetValue<bool>());
        Assert.True(second.Variables["alreadyReported"]!.GetValue<bool>());
        Assert.Equal("2026-01-05 to 2026-01-18", second.Variables["period"]!.GetValue<string>());
        Assert.Equal(stored, await snapshots.FindPeriodAsync(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), SegmentScope.All));
        Assert.Equal(16, stored.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<WorkflowInstance> RunAsync()
    {
        var definition = new JsonObject
        {
            ["definitionId"] = "report",
            ["name"] = "report",
            ["variables"] = new JsonArray(new JsonObject { ["name"] = "alreadyReported", ["type"] = "Any" }, new JsonObject { ["name"] = "attachments", ["type"] = "Any" }, new JsonObject { ["name"] = "period", ["type"] = "Any" }),
            ["root"] = new JsonObject
            {
                ["type"] = "Flowchart",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "start", ["type"] = "Start" },
                    new JsonObject
                    {
                        ["id"] = "report",
                        ["type"] = "ProduceKpiReport",
                        ["outputs"] = new JsonObject { ["AlreadyReported"] = "alreadyReported", ["Attachments"] = "attachments", ["Period"] = "period" },
                    }),
                ["connections"] = new JsonArray(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = "start" },
                    ["target"] = new JsonObject { ["activity"] = "report" },
                }),
            },
        };
        await provider.GetRequiredService<DefinitionService>().PublishAsync(definition.ToJsonString(), "test");
        return (await provider.GetRequiredService<WorkflowRuntime>().StartAsync(new StartWorkflowRequest("report"))).Instance;
    }

    /// <summary>Saves, then throws once when asked: the step's work is stored but its commit never happens.</summary>
    private sealed class FlakySnapshotStore : IKpiSnapshotStore
    {
        private readonly InMemoryKpiSnapshotStore inner = new();

        public bool FailAfterNextSave { get; set; }

        public async Task<bool> SaveReportAsync(IReadOnlyList<KpiSnapshot> snapshots, CancellationToken cancellationToken = default)
        {
            var saved = await inner.SaveReportAsync(snapshots, cancellationToken);
            if (FailAfterNextSave)
            {
                FailAfterNextSave = false;
                throw new InvalidOperationException("The server stopped after saving the snapshots.");
            }

            return saved;
        }

        public Task<IReadOnlyList<KpiSnapshot>> FindPeriodAsync(DateTimeOffset periodStart, SegmentScope scope, CancellationToken cancellationToken = default) =>
            inner.FindPeriodAsync(periodStart, scope, cancellationToken);

        public Task<Page<KpiSnapshot>> ListAsync(KpiSnapshotQuery query, CancellationToken cancellationToken = default) =>
            inner.ListAsync(query, cancellationToken);
    }
}
