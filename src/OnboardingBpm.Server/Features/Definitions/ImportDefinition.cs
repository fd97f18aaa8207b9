using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class ImportDefinition
{
    public sealed record Response(string DefinitionId, int Version, PublishOutcome Outcome, IReadOnlyList<ValidationProblem> Warnings);

    /// <summary>Publishes a definition file: 201 for a new version, 200 when it equals the newest one.</summary>
    public static async Task<IResult> HandleAsync(HttpRequest request, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var json = await RequestBodies.ReadTextAsync(request, cancellationToken: cancellationToken);
        var result = await definitions.PublishAsync(json, request.HttpContext.User.Identity?.Name, cancellationToken);
        return PublishDraft.ToResult(result);
    }
}
