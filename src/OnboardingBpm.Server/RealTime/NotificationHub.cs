using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Server.Security;

namespace OnboardingBpm.Server.RealTime;

/// <summary>
/// <c>/hubs/notifications</c>: new tasks and alerts, live. The browser connects with its access token (query string
/// <c>access_token</c>, as WebSockets carry no headers) and is placed in the groups its roles and segments allow.
/// </summary>
[Authorize(Policy = Policies.AnyRole)]
public sealed class NotificationHub(IOptions<GroupMapping> groups) : Hub<INotificationClient>
{
    public const string Path = "/hubs/notifications";

    public override async Task OnConnectedAsync()
    {
        foreach (var group in NotificationGroups.For(Context.User!.Grant(), groups.Value).Distinct())
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }

        await base.OnConnectedAsync();
    }
}
