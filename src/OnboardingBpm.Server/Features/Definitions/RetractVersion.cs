using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class RetractVersion
{
    /// <summary>New starts stop using the version; instances running on it go on.</summary>
    public static async Task<NoContent> HandleAsync(string definitionId, int version, DefinitionService definitions, CancellationToken cancellationToken)
    {
        await definitions.RetractAsync(definitionId, version, cancellationToken);
        return TypedResults.NoContent();
    }
}
