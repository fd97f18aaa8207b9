using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Server.Errors;

/// <summary>
/// Binds every text of a typed request body (a ticket's subject, a start's correlation id) the way
/// <see cref="StrictJson"/> reads free-form JSON: a NUL character (<c>"\u0000"</c>) is a 400 at its path, since
/// PostgreSQL cannot store it and the request would otherwise fail at its commit, as a server error or after a 2xx.
/// </summary>
public sealed class StrictStringConverter : System.Text.Json.Serialization.JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // The serializer's own message for a number or object where text belongs ("has the wrong type").
            throw new JsonException($"The JSON value could not be converted to {typeof(string)}.");
        }

        return Checked(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!, key: true);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    /// <summary>The problem is placed at "$": the serializer fills in where in the body the text was, and the error handler joins the two.</summary>
    private static string Checked(string text, bool key = false) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? throw new StrictJsonException(new ValidationProblem("$", key ? $"has a key that {StrictJson.NulMessage}" : StrictJson.NulMessage))
            : text;

    /// <summary>
    /// An OpenAPI schema transformer: the schema exporter reads any custom converter as "any value", so without this
    /// every text in the document would lose its type (and a list of texts its items). Puts back what it says of a
    /// string: "string", or "string" or null where the property may be null.
    /// </summary>
    public static Task DescribeAsString(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo;
        if (type.Type == typeof(string) && schema.Type is null)
        {
            schema.Type = context.JsonPropertyInfo is { IsGetNullable: true } ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        }
        else if (type.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable && type.ElementType == typeof(string) && schema.Items is null)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }

        return Task.CompletedTask;
    }
}
