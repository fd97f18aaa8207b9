namespace OnboardingBpm.Integrations.Alerts;

/// <summary>Hears of each alert once it is stored (the dashboards' live push). Best effort: a failure is logged, the alert stays.</summary>
public interface IAlertObserver
{
    Task OnRaisedAsync(Alert alert, CancellationToken cancellationToken);
}
