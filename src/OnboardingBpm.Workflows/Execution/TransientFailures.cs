using System.Data.Common;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// Tells a failure of the infrastructure under a step (the database restarting, a connection cut) from a failure of
/// the step itself. The first says nothing about the step: the burst is abandoned uncommitted and its stimulus
/// runs again (a timer's claim runs out, an outbox lease expires, an HTTP caller gets 503 and retries), exactly as
/// after a crash. Only the second becomes a retry or an incident.
/// </summary>
public static class TransientFailures
{
    /// <summary>
    /// True when the provider calls the failure transient (<see cref="DbException.IsTransient"/>) anywhere in the
    /// chain: EF Core and the stores wrap the provider's exception.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (error is DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
