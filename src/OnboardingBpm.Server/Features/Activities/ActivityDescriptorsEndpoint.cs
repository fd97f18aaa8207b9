using OnboardingBpm.Server.Security;
using OnboardingBpm.Workflows.Activities;

namespace OnboardingBpm.Server.Features.Activities;

public static class ActivityDescriptorsEndpoint
{
    /// <summary>The palette and property forms of the designer are built from these.</summary>
    public static void MapActivityDescriptors(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/activity-descriptors", (ActivityRegistry registry) =>
                TypedResults.Ok(registry.Descriptors.OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.DisplayName, StringComparer.Ordinal)))
            .WithName("ListActivityDescriptors").WithTags("Activities").RequireAuthorization(Policies.ReadWorkflows);
}
