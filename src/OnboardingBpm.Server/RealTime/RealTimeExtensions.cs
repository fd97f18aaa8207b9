using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.RealTime;

public static class RealTimeExtensions
{
    public static WebApplicationBuilder AddRealTime(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<ICommitObserver, TaskNotifier>();
        builder.Services.AddSingleton<IAlertObserver, AlertNotifier>();
        builder.Services.AddSingleton<KpiWatcher>();
        builder.Services.AddHostedService<KpiWatcherService>();
        return builder;
    }

    public static void MapRealTime(this IEndpointRouteBuilder app) => app.MapHub<NotificationHub>(NotificationHub.Path);
}
