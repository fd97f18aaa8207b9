using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Features.Kpis;

namespace OnboardingBpm.Server.RealTime;

/// <summary>
/// Pushes the current period's KPIs of a segment when they change. KPI facts change in many places (a survey
/// answer, a resolved ticket, a case going Active, on any node), so instead of hooking each write the watcher
/// recomputes the live figures on an interval and compares them with what it pushed last. The first check only
/// records the figures: nobody needs a push for what the dashboard loads anyway.
/// </summary>
public sealed class KpiWatcher(
    IHubContext<NotificationHub, INotificationClient> hub,
    KpiFactsSource facts,
    ReportingCalendar calendar,
    IOptionsMonitor<KpiOptions> options,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> lastPushed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool baselined;

    /// <summary>Computes the live figures and pushes the segments whose figures differ from the last check.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var period = calendar.PeriodContaining(time.GetUtcNow());
            var report = KpiReportBuilder.Build(period, await facts.ReadAsync(period, cancellationToken), Segments.All, options.CurrentValue);
            foreach (var segment in report.Segments)
            {
                var kpis = segment.Results.Select(KpiValueView.From).ToList();
                var fingerprint = $"{period.FirstDay}|{string.Join(";", kpis.Select(k => $"{k.Kpi}={k.Value}/{k.SampleSize}/{k.Status}"))}";
                var previous = lastPushed.GetValueOrDefault(segment.Segment);
                lastPushed[segment.Segment] = fingerprint;
                if (baselined && previous != fingerprint)
                {
                    var notice = new KpiNotice(segment.Segment, KpiSnapshotView.Day(period.FirstDay), KpiSnapshotView.Day(period.LastDay), kpis);
                    await hub.Clients.Group(NotificationGroups.Kpis(segment.Segment)).KpisChanged(notice);
                }
            }

            baselined = true;
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>Runs <see cref="KpiWatcher"/> every <c>Kpis:LiveCheckInterval</c> (default one minute).</summary>
internal sealed class KpiWatcherService(KpiWatcher watcher, IConfiguration configuration, TimeProvider time, ILogger<KpiWatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Kpis:LiveCheckInterval", TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await watcher.CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed check (the database restarting) is retried at the next interval, not fatal to the host.
                logger.LogWarning(ex, "The live KPI check failed; it runs again in {Interval}.", interval);
            }

            await Task.Delay(interval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
