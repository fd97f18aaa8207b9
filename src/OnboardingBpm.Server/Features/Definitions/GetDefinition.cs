using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Runtime;
using DefinitionReader = OnboardingBpm.Workflows.Validation.DefinitionReader;

namespace OnboardingBpm.Server.Features.Definitions;

public static class GetDefinition
{
    /// <summary>The newest version (as JSON) and the draft, if one is being edited.</summary>
    public sealed record Response(string DefinitionId, int? LatestVersion, int? PublishedVersion, JsonNode? Latest, JsonNode? Draft);

    public static async Task<Results<Ok<Response>, NotFound<ProblemDetails>>> HandleAsync(string definitionId, WorkflowStores stores, CancellationToken cancellationToken)
    {
        var latest = await stores.Definitions.FindLatestAsync(definitionId, cancellationToken);
        var published = await stores.Definitions.FindLatestPublishedAsync(definitionId, cancellationToken);
        var draft = await stores.Definitions.FindDraftAsync(definitionId, cancellationToken);
        if (latest is null && draft is null)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Not found", Detail = $"Workflow '{definitionId}' does not exist.", Status = 404 });
        }

        return TypedResults.Ok(new Response(definitionId, latest?.Version, published?.Version, latest is null ? null : JsonNode.Parse(latest.Json), draft is null ? null : JsonNode.Parse(draft.Json, documentOptions: DefinitionReader.DocumentOptions)));
    }
}
