using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Tests.Salesforce.Support;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Stores;
using OnboardingBpm.Workflows.Stores.InMemory;

namespace OnboardingBpm.Integrations.Tests.Salesforce;

public sealed class SalesforceActivityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Definition(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Salesforce", name));

    [Fact]
    public async Task the_activities_upsert_read_update_and_query_a_case_inside_a_workflow()
    {
        await using var rig = await SalesforceRig.StartAsync();
        await rig.PublishAsync(Definition("salesforce-case-flow.json"));

        var instance = (await rig.Runtime.StartAsync(new StartWorkflowRequest("salesforce-case-flow"), Cancel)).Instance;

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var caseId = instance.Variables["caseId"]!.GetValue<string>();
        Assert.True(instance.Variables["created"]!.GetValue<bool>());
        Assert.Equal("Onboarding Acme", instance.Variables["case"]!["Subject"]!.GetValue<string>());
        Assert.False(instance.Variables["stale"]!.GetValue<bool>());
        var record = Assert.Single(instance.Variables["records"]!.AsArray());
        Assert.Equal(caseId, record!["Id"]!.GetValue<string>());
        Assert.Equal("Working", record["Status"]!.GetValue<string>());
        var stored = Assert.Single(await rig.CasesAsync());
        Assert.Equal($"{instance.Id}:2", stored!["Onboarding_Txn_Id__c"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_replay_after_a_lost_commit_updates_the_case_the_first_run_created()
    {
        LosingCommitter? committer = null;
        await using var rig = await SalesforceRig.StartAsync(services: s => s.AddSingleton<IWorkflowCommitter>(sp =>
            committer = new LosingCommitter(sp.GetRequiredService<InMemoryWorkflowStore>())));
        await rig.PublishAsync(Definition("salesforce-upsert-only.json"));
        var request = new StartWorkflowRequest("salesforce-upsert-only") { InstanceId = "onboarding-request-42" };

        await Assert.ThrowsAsync<IOException>(() => rig.Runtime.StartAsync(request, Cancel));
        var replayed = (await rig.Runtime.StartAsync(request, Cancel)).Instance;

        Assert.Equal(1, committer!.Lost);
        Assert.Equal(WorkflowStatus.Finished, replayed.Status);
        Assert.False(replayed.Variables["created"]!.GetValue<bool>());
        var single = Assert.Single(await rig.CasesAsync());
        Assert.Equal(replayed.Variables["caseId"]!.GetValue<string>(), single!["Id"]!.GetValue<string>());
        Assert.Equal(2, rig.Requests("/services/data").Count);
    }

    [Fact]
    public async Task a_vendor_outage_becomes_a_durable_retry_with_the_same_transaction_id()
    {
        await using var rig = await SalesforceRig.StartAsync();
        await rig.PublishAsync(Definition("salesforce-upsert-only.json"));
        rig.Faults.StartOutage(TimeSpan.FromMinutes(3));

        var waiting = (await rig.Runtime.StartAsync(new StartWorkflowRequest("salesforce-upsert-only"), Cancel)).Instance;
        rig.Clock.Advance(TimeSpan.FromMinutes(5));
        await rig.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(Cancel);
        var finished = await rig.Services.GetRequiredService<WorkflowStores>().Instances.FindAsync(waiting.Id, Cancel);

        Assert.Equal(WorkflowStatus.Suspended, waiting.Status);
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
        Assert.True(finished.Variables["created"]!.GetValue<bool>());
        Assert.Equal($"{waiting.Id}:2", Assert.Single(await rig.CasesAsync())!["Onboarding_Txn_Id__c"]!.GetValue<string>());
    }

    [Fact]
    public void the_salesforce_activities_describe_themselves_for_the_palette()
    {
        var registry = new ActivityRegistry().AddIntegrationActivities();

        var salesforce = registry.Descriptors.Where(d => d.Category == "Salesforce").ToDictionary(d => d.Type);

        Assert.Equal(["SalesforceGetCase", "SalesforceQuery", "SalesforceUpdateCase", "SalesforceUpsertCase"], salesforce.Keys.Order());
        Assert.Equal(["fields", "transactionId"], salesforce["SalesforceUpsertCase"].Inputs.Select(i => i.Name));
        Assert.Equal(["CaseId", "Created"], salesforce["SalesforceUpsertCase"].Outputs.Select(o => o.Name));
        Assert.Equal(["Case", "IsStale"], salesforce["SalesforceGetCase"].Outputs.Select(o => o.Name));
        Assert.All(salesforce.Values.SelectMany(d => d.Inputs), i => Assert.NotEmpty(i.Description));
    }
}
