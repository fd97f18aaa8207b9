using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Okta.Activities;

[Activity("OktaGetUser", "Okta", "Get Okta user", Description = "Looks a user up by id or login; answers from the cache, marked stale, when Okta is unreachable.")]
public sealed class OktaGetUser : IntegrationActivity
{
    [Input(DisplayName = "Id or login", Description = "The Okta user id (00u…) or login (email).", Required = true)]
    public Input<string> IdOrLogin { get; set; } = default!;

    [Output(Description = "The user (id, status, profile), or null when Okta has no such user.")]
    public Output<OktaUser?> User { get; set; } = default!;

    [Output(Description = "True when Okta could not be reached and the user comes from a cached read (at most an hour old).")]
    public Output<bool> IsStale { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var read = await context.Services.GetRequiredService<OktaClient>().GetUserAsync(context.Get(IdOrLogin).Trim(), cancellationToken);
        context.Set(User, read?.Value);
        context.Set(IsStale, read?.IsStale ?? false);
    }
}
