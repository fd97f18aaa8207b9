using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Runtime;
using StrictJson = OnboardingBpm.Workflows.Validation.StrictJson;
using StrictJsonException = OnboardingBpm.Workflows.Validation.StrictJsonException;

namespace OnboardingBpm.Server.Errors;

/// <summary>Reads raw request bodies with a size limit, for endpoints that validate JSON themselves.</summary>
public static class RequestBodies
{
    public const int MaxDefinitionBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<string> ReadTextAsync(HttpRequest request, int maxBytes = MaxDefinitionBytes, CancellationToken cancellationToken = default)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException($"The body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        // Invalid UTF-8 is refused rather than read as U+FFFD: what was sent is not what would be stored.
        using var reader = new StreamReader(request.Body, StrictUtf8);
        var buffer = new char[maxBytes + 1];
        var read = 0;
        int chunk;
        try
        {
            while (read <= maxBytes && (chunk = await reader.ReadAsync(buffer.AsMemory(read, buffer.Length - read), cancellationToken)) > 0)
            {
                read += chunk;
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new WorkflowValidationException("The body is not valid UTF-8.", [new ValidationProblem("$", $"is not valid UTF-8 (byte {ex.Index})")]);
        }

        return read > maxBytes
            ? throw new BadHttpRequestException($"The body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge)
            : new string(buffer, 0, read);
    }

    /// <summary>Reads an optional JSON body; a body that is not JSON is a 400 naming the position.</summary>
    public static async Task<JsonNode?> ReadJsonAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(request, maxBytes, cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return StrictJson.Parse(text);
        }
        catch (StrictJsonException ex)
        {
            // Well-formed JSON, but ambiguous (a key twice), unreadable (a lone surrogate) or unstorable (a NUL).
            throw new WorkflowValidationException("The body cannot be accepted as it is.", [ex.Problem]);
        }
        catch (JsonException ex)
        {
            throw new WorkflowValidationException("The body is not valid JSON.", [new ValidationProblem("$", ex.Message)]);
        }
    }
}
