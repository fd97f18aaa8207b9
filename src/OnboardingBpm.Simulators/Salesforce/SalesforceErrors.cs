using System.Text.Json.Nodes;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>Salesforce's error bodies: an array of {message, errorCode, fields} for the REST API, {error, error_description} for OAuth.</summary>
internal static class SalesforceErrors
{
    public static JsonArray Array(string errorCode, string message, params string[] fields) =>
    [
        new JsonObject
        {
            ["message"] = message,
            ["errorCode"] = errorCode,
            ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)f).ToArray()),
        },
    ];

    public static JsonObject OAuth(string error, string description) => new()
    {
        ["error"] = error,
        ["error_description"] = description,
    };

    /// <summary>The errorCode Salesforce sends with a status when nothing more specific applies.</summary>
    public static (string Code, string Message) ForStatus(int status) => status switch
    {
        400 => ("INVALID_INPUT", "The request could not be processed."),
        401 => ("INVALID_SESSION_ID", "Session expired or invalid"),
        403 => ("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."),
        404 => ("NOT_FOUND", "The requested resource does not exist"),
        405 => ("METHOD_NOT_ALLOWED", "HTTP method not allowed for this resource"),
        415 => ("UNSUPPORTED_MEDIA_TYPE", "Content type not supported"),
        503 => ("SERVER_UNAVAILABLE", "Server unavailable, please try again later."),
        >= 500 => ("UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567890-12345 (-1234567890)"),
        _ => ("UNKNOWN_EXCEPTION", "An unexpected error occurred."),
    };
}
