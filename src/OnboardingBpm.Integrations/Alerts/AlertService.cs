using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Email;

namespace OnboardingBpm.Integrations.Alerts;

/// <summary>Raises an alert once (by its dedup key) and mails Platform Engineering when the alert is theirs.</summary>
public sealed class AlertService(
    IAlertStore store,
    IMailer mailer,
    IOptions<AlertOptions> options,
    TimeProvider time,
    IEnumerable<IAlertObserver> observers,
    ILogger<AlertService> logger)
{
    /// <summary>Returns false when the alert had been raised already (nothing is mailed again).</summary>
    public async Task<bool> RaiseAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        var stored = alert with { CreatedAt = alert.CreatedAt == default ? time.GetUtcNow() : alert.CreatedAt };
        if (!await store.AddAsync(stored, cancellationToken))
        {
            return false;
        }

        logger.LogWarning("Alert {Kind} for {Audience}: {Title}", stored.Kind, stored.Audience, stored.Title);
        await NotifyAsync(stored, cancellationToken);
        if (stored.Audience == AlertAudiences.PlatformEngineering && stored.Severity >= AlertSeverity.Warning)
        {
            await mailer.SendAsync(ToMail(stored), cancellationToken);
        }

        return true;
    }

    private async Task NotifyAsync(Alert alert, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnRaisedAsync(alert, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Alert observer {Observer} failed for alert {AlertId}", observer.GetType().Name, alert.Id);
            }
        }
    }

    private MailMessage ToMail(Alert alert) => new()
    {
        Id = $"alert-{alert.Id}",
        To = [options.Value.PlatformEngineeringEmail],
        Subject = $"[{alert.Severity}] {alert.Title}",
        TextBody = $"{alert.Title}\n\n{alert.Detail}\n\nInstance: {alert.InstanceId ?? "-"}\nIncident: {alert.IncidentId ?? "-"}\nRaised: {alert.CreatedAt:O}",
        Category = "alert",
        InstanceId = alert.InstanceId,
    };
}
