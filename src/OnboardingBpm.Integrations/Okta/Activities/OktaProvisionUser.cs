using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OnboardingBpm.Integrations.Activities;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Okta.Activities;

[Activity("OktaProvisionUser", "Okta", "Provision Okta user", Description = "Finds or creates the customer's Okta user, activates it without Okta's email, and adds it to the segment's group. Safe to retry.")]
public sealed class OktaProvisionUser : IntegrationActivity
{
    [Input(Description = "The user's email; also the Okta login.", Required = true)]
    public Input<string> Email { get; set; } = default!;

    [Input(DisplayName = "First name", Required = true)]
    public Input<string> FirstName { get; set; } = default!;

    [Input(DisplayName = "Last name", Required = true)]
    public Input<string> LastName { get; set; } = default!;

    [Input(Description = "The customer segment (enterprise, mid-market, smb); the user joins its group, segment-{segment} by default.", Required = true)]
    public Input<string> Segment { get; set; } = default!;

    [Output(Description = "The Okta user id (00u…).")]
    public Output<string> UserId { get; set; } = default!;

    [Output(Description = "The user's Okta status after provisioning (PROVISIONED until the user sets a password, or ACTIVE).")]
    public Output<string> Status { get; set; } = default!;

    [Output(Description = "True when this run created the user; false when it existed already.")]
    public Output<bool> Created { get; set; } = default!;

    protected override async Task RunAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var client = context.Services.GetRequiredService<OktaClient>();
        var group = context.Services.GetRequiredService<IOptionsMonitor<OktaOptions>>().CurrentValue.SegmentGroup(context.Get(Segment).Trim().ToLowerInvariant());
        var user = new OktaNewUser(context.Get(Email).Trim(), context.Get(FirstName), context.Get(LastName));
        var result = await client.ProvisionUserAsync(user, group, cancellationToken);
        context.Set(UserId, result.User.Id);
        context.Set(Status, result.User.Status);
        context.Set(Created, result.Created);
    }
}
