using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Versions;

namespace OnboardingBpm.Server.Features.Definitions;

public static class ValidateDefinition
{
    public sealed record Response(bool IsValid, IReadOnlyList<ValidationProblem> Problems);

    /// <summary>Every problem with its JSON path; 200 either way, since the request itself was fine.</summary>
    public static async Task<Ok<Response>> HandleAsync(HttpRequest request, DefinitionService definitions, CancellationToken cancellationToken)
    {
        var result = definitions.Validate(await RequestBodies.ReadTextAsync(request, cancellationToken: cancellationToken));
        return TypedResults.Ok(new Response(result.IsValid, result.Problems));
    }
}
