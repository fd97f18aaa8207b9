using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class SaveDraft
{
    public sealed record Response(string DefinitionId, DateTimeOffset UpdatedAt, bool IsValid, IReadOnlyList<ValidationProblem> Problems);

    /// <summary>Creates or replaces the draft; an invalid draft is kept, with its problems returned.</summary>
    public static async Task<Ok<Response>> HandleAsync(HttpRequest request, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var json = await RequestBodies.ReadTextAsync(request, cancellationToken: cancellationToken);
        var (draft, validation) = await definitions.SaveDraftAsync(json, request.HttpContext.User.Identity?.Name, cancellationToken);
        return TypedResults.Ok(new Response(draft.DefinitionId, draft.UpdatedAt, validation.IsValid, validation.Problems));
    }
}
