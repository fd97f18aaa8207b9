using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class PublishDraft
{
    /// <summary>Publishes the draft as the next version; 400 with every problem when it is not valid.</summary>
    public static async Task<IResult> HandleAsync(string definitionId, HttpContext context, DefinitionService definitions, CancellationToken cancellationToken) =>
        ToResult(await definitions.PublishDraftAsync(definitionId, context.User.Identity?.Name, cancellationToken));

    internal static IResult ToResult(PublishResult result)
    {
        var body = new ImportDefinition.Response(result.Version.DefinitionId, result.Version.Version, result.Outcome, result.Warnings);
        return result.Outcome == PublishOutcome.Published
            ? TypedResults.Created($"/api/workflow-definitions/{result.Version.DefinitionId}/export?version={result.Version.Version}", body)
            : TypedResults.Ok(body);
    }
}
