using System.Text.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Errors;

/// <summary>Reads raw request bodies with a size limit, for endpoints that validate JSON themselves.</summary>
public static class RequestBodies
{
    public const int MaxDefinitionBytes = 2 * 1024 * 1024;

    public static async Task<string> ReadTextAsync(HttpRequest request, int maxBytes = MaxDefinitionBytes, CancellationToken cancellationToken = default)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException($"The body is larger than {maxBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body);
        var buffer = new char[maxBytes + 1];
        var read = 0;
        int chunk;
        while (read <= maxBytes && (chunk = await reader.ReadAsync(buffer.AsMemory(read, buffer.Length - read), cancellationToken)) > 0)
        {
            read += chunk;
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
            return JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new WorkflowValidationException("The body is not valid JSON.", [new ValidationProblem("$", ex.Message)]);
        }
    }
}
