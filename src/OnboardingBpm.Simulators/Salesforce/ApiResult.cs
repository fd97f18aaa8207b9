using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>What one REST operation answers: the same value goes to HTTP or into a composite response.</summary>
internal sealed record ApiResult(int Status, JsonNode? Body = null, string? Location = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public static ApiResult Error(int status, string errorCode, string message, params string[] fields) =>
        new(status, SalesforceErrors.Array(errorCode, message, fields));

    public static ApiResult NotFound() => Error(404, "NOT_FOUND", "The requested resource does not exist");
}
