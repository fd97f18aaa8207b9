using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Integrations.Tests.Okta;

public sealed class OktaWorkflowTests
{
    [Fact]
    public async Task a_workflow_provisions_the_customer_into_the_segment_group_through_the_engine()
    {
        await using var okta = await OktaHarness.StartAsync();
        var definitions = okta.Services.GetRequiredService<DefinitionService>();
        var runtime = okta.Services.GetRequiredService<WorkflowRuntime>();
        await definitions.PublishAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Okta", "okta-provision.json")), "test", TestContext.Current.CancellationToken);

        var started = await runtime.StartAsync(new StartWorkflowRequest("okta-provision")
        {
            Input = new JsonObject { ["email"] = "linus@customer.example", ["firstName"] = "Linus", ["lastName"] = "Lovelace", ["segment"] = "Mid-Market" },
        }, TestContext.Current.CancellationToken);

        var instance = started.Instance;
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var userId = instance.Variables["userId"]!.GetValue<string>();
        Assert.StartsWith("00u", userId, StringComparison.Ordinal);
        Assert.Equal("PROVISIONED", instance.Variables["status"]!.GetValue<string>());
        Assert.True(instance.Variables["created"]!.GetValue<bool>());
        Assert.Equal("linus@customer.example", instance.Variables["user"]!["profile"]!["login"]!.GetValue<string>());
        Assert.False(instance.Variables["stale"]!.GetValue<bool>());
        var simulated = (await okta.SimulatedUsersAsync()).Single(u => u["id"]!.GetValue<string>() == userId);
        Assert.Equal(["segment-mid-market"], simulated["groups"]!.AsArray().Select(g => g!.GetValue<string>()));
    }
}
