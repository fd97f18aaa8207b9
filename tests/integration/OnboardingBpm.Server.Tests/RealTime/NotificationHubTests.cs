using System.Net.Http.Json;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Server.RealTime;
using OnboardingBpm.Server.Tests.Support;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Tests.RealTime;

/// <summary>New tasks and alerts are pushed live, and only to those the inbox and the alert list would show them to.</summary>
public sealed class NotificationHubTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task a_new_task_reaches_its_segments_agent_and_the_supervisor_live_but_not_another_segments_agent()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await using var ada = await HubConnection.ConnectAsync(factory, DemoUsers.EnterpriseAgent, timeout.Token);
        await using var sam = await HubConnection.ConnectAsync(factory, DemoUsers.SmbAgent, timeout.Token);
        await using var maria = await HubConnection.ConnectAsync(factory, DemoUsers.Supervisor, timeout.Token);

        var enterprise = await SubmitAsync("enterprise");
        var smb = await SubmitAsync("smb");

        Assert.Equal(enterprise, (await ada.NextAsync("TaskCreated", timeout.Token))["instanceId"]!.GetValue<string>());
        Assert.Equal(enterprise, (await maria.NextAsync("TaskCreated", timeout.Token))["instanceId"]!.GetValue<string>());
        Assert.Equal(smb, (await maria.NextAsync("TaskCreated", timeout.Token))["instanceId"]!.GetValue<string>());

        // Sam's first task notice is the smb one: the enterprise task, created first, never reached him.
        Assert.Equal(smb, (await sam.NextAsync("TaskCreated", timeout.Token))["instanceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_segments_alert_reaches_its_agent_and_the_supervisor_live_but_not_another_segments_agent()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await using var ada = await HubConnection.ConnectAsync(factory, DemoUsers.EnterpriseAgent, timeout.Token);
        await using var sam = await HubConnection.ConnectAsync(factory, DemoUsers.SmbAgent, timeout.Token);
        await using var maria = await HubConnection.ConnectAsync(factory, DemoUsers.Supervisor, timeout.Token);

        var enterprise = await RaiseSegmentAlertAsync("enterprise");
        var smb = await RaiseSegmentAlertAsync("smb");

        Assert.Equal(enterprise, (await ada.NextAsync("AlertRaised", timeout.Token))["id"]!.GetValue<string>());
        Assert.Equal(enterprise, (await maria.NextAsync("AlertRaised", timeout.Token))["id"]!.GetValue<string>());
        Assert.Equal(smb, (await maria.NextAsync("AlertRaised", timeout.Token))["id"]!.GetValue<string>());
        Assert.Equal(smb, (await sam.NextAsync("AlertRaised", timeout.Token))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_client_can_call_no_hub_method_so_an_agent_cannot_join_another_segments_groups()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await using var sam = await HubConnection.ConnectAsync(factory, DemoUsers.SmbAgent, timeout.Token);

        // Groups are joined on connect from the token's grant only; a method taking a group or a segment would be a way around it.
        var callable = typeof(NotificationHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(NotificationHub));
        var connectAgain = await sam.InvokeAsync(nameof(NotificationHub.OnConnectedAsync), timeout.Token);
        var enterprise = await RaiseSegmentAlertAsync("enterprise");
        var smb = await RaiseSegmentAlertAsync("smb");

        Assert.Empty(callable);
        Assert.StartsWith("Failed to invoke 'OnConnectedAsync'", connectAgain, StringComparison.Ordinal);
        Assert.NotEqual(enterprise, smb);
        Assert.Equal(smb, (await sam.NextAsync("AlertRaised", timeout.Token))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_hub_refuses_a_connection_without_a_token()
    {
        var client = factory.Server.CreateWebSocketClient();

        await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Uri("ws://localhost/hubs/notifications"), TestContext.Current.CancellationToken));
    }

    /// <summary>An alert for one segment's agents, raised as the health check raises its early warnings.</summary>
    private async Task<string> RaiseSegmentAlertAsync(string segment)
    {
        var id = $"alert-{Guid.NewGuid():N}";
        var alert = new Alert { Id = id, DedupKey = id, Kind = "health-warning", Audience = $"segment:{segment}", Title = $"A {segment} customer has gone quiet" };
        Assert.True(await factory.Services.GetRequiredService<AlertService>().RaiseAsync(alert, TestContext.Current.CancellationToken));
        return id;
    }

    private async Task<string> SubmitAsync(string segment)
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var email = $"live.{Guid.NewGuid():N}@customer.example";
        var response = await admin.PostAsJsonAsync("/workflows/onboarding-requests", new { submissionId = email, company = "Live Co", contactName = "Lee Live", email, segment }, TestContext.Current.CancellationToken);
        await factory.Services.GetRequiredService<WorkflowScheduler>().RunDueAsync(TestContext.Current.CancellationToken);
        return (await ServerFactory.ReadObjectAsync(response))["requestId"]!.GetValue<string>();
    }
}
