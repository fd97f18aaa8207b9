using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OnboardingBpm.Onboarding.Activities;

internal static class Supervisors
{
    /// <summary>The segment's supervisor address (Onboarding:SupervisorEmails:{segment}), else the shared one.</summary>
    public static string EmailOf(IServiceProvider services, string segment) =>
        services.GetService<IConfiguration>()?[$"Onboarding:SupervisorEmails:{segment}"] is { Length: > 0 } configured
            ? configured
            : EscalateCase.DefaultSupervisorEmail;
}
