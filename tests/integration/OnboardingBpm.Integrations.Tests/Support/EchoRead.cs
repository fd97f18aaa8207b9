using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Integrations.Resilience;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Tests.Support;

/// <summary>A minimal integration activity over the echo simulator, to test what every integration activity inherits.</summary>
[Activity("EchoRead", "Test", "Echo read")]
internal sealed class EchoRead : IntegrationActivity
{
    [Input(Required = true)]
    public Input<string> ItemId { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredKeyedService<HttpClient>("echo");
        var response = await client.GetAsync($"items/{context.Get(ItemId)}", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new IntegrationException("Echo", $"answered {(int)response.StatusCode}", response.StatusCode);
        }
    }
}
