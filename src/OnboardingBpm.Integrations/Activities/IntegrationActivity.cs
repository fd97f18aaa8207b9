using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Activities;

/// <summary>
/// The base of every activity that calls a vendor. It gets the durable retry policy by default (3 retries,
/// 5 minutes apart, as timer bookmarks) and turns vendor failures into faults the engine understands: a
/// transient one is retried, a rejected request raises an incident at once.
/// </summary>
public abstract class IntegrationActivity : Activity
{
    public sealed override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        try
        {
            await RunAsync(context, context.CancellationToken);
        }
        catch (IntegrationException ex)
        {
            throw new ActivityFaultException(ex.Message, ex) { Permanent = !ex.IsTransient };
        }

        if (!context.IsCompleted)
        {
            context.Complete();
        }
    }

    /// <summary>
    /// Calls the vendor. Writes must carry <see cref="ActivityExecutionContext.IdempotencyKey"/> (or a key derived
    /// from it). Completes with Done unless the activity completes with its own outcomes.
    /// </summary>
    protected abstract Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken);
}
