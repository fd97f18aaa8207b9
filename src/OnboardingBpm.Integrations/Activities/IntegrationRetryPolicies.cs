using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Activities;

/// <summary>Gives every <see cref="IntegrationActivity"/> the configured durable retries unless its node sets its own.</summary>
internal sealed class IntegrationRetryPolicies(IOptions<DurableRetryOptions> options) : IDefaultRetryPolicies
{
    public RetryPolicy? For(ActivityDescriptor descriptor) =>
        descriptor.ClrType.IsAssignableTo(typeof(IntegrationActivity))
            ? new RetryPolicy
            {
                MaxAttempts = options.Value.MaxRetries + 1,
                Interval = System.Xml.XmlConvert.ToString(options.Value.Interval),
            }
            : null;
}
