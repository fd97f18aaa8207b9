using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.RealTime;

public static class RealTimeExtensions
{
    public static WebApplicationBuilder AddRealTime(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR();
        var options = builder.Configuration.GetSection(RealTimeOptions.Section).Get<RealTimeOptions>() ?? new RealTimeOptions();
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            // Several nodes: every hub message goes through Redis, so a group send reaches the group's members on
            // every node. Without it, SignalR's default keeps connections and groups in this process.
            builder.Services.AddSingleton(sp => new RedisBackplane(options, sp.GetRequiredService<ILogger<RedisBackplane>>()));
            signalR.AddStackExchangeRedis();
            builder.Services.AddOptions<RedisOptions>().Configure<RedisBackplane>((redis, backplane) => redis.ConnectionFactory = backplane.ConnectAsync);
        }

        builder.Services.AddSingleton<ICommitObserver, TaskNotifier>();
        builder.Services.AddSingleton<IAlertObserver, AlertNotifier>();
        builder.Services.AddSingleton<KpiWatcher>();
        builder.Services.AddHostedService<KpiWatcherService>();
        return builder;
    }

    /// <summary>The backplane's state for the health checks: Off on a single node.</summary>
    public static BackplaneState BackplaneState(this IServiceProvider services) =>
        services.GetService<RedisBackplane>()?.State ?? RealTime.BackplaneState.Off;

    public static void MapRealTime(this IEndpointRouteBuilder app) => app.MapHub<NotificationHub>(NotificationHub.Path);
}
