using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>
/// The retry policy of an activity whose node sets none. Modules give their activities a default here
/// (the integrations retry vendor calls 3 times, 5 minutes apart) while a node's own <c>retry</c> still wins.
/// </summary>
public interface IDefaultRetryPolicies
{
    RetryPolicy? For(ActivityDescriptor descriptor);
}
