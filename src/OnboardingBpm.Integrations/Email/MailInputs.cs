using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Integrations.Email;

/// <summary>Reads recipients written as one address, a comma- or semicolon-separated list, or a JSON list.</summary>
internal static class MailAddresses
{
    public static IReadOnlyList<string> Read(JsonNode? value) => value switch
    {
        null => [],
        JsonArray list => list.SelectMany(Read).ToList(),
        JsonValue text when text.TryGetValue<string>(out var s) =>
            s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => throw new ActivityFaultException($"A recipient must be an address or a list of addresses, not {value.ToJsonString()}.") { Permanent = true },
    };
}

/// <summary>Reads the attachments input: {fileName, contentType, content} for text, or contentBase64 for bytes.</summary>
internal static class MailAttachments
{
    public static IReadOnlyList<MailAttachment> Read(JsonArray? list) =>
        list?.Select(Read).ToList() ?? [];

    private static MailAttachment Read(JsonNode? item)
    {
        if (item is not JsonObject file || (string?)file["fileName"] is not { Length: > 0 } fileName)
        {
            throw new ActivityFaultException("Every attachment needs a fileName.") { Permanent = true };
        }

        var contentType = (string?)file["contentType"] ?? "application/octet-stream";
        if ((string?)file["contentBase64"] is { } base64)
        {
            try
            {
                return new MailAttachment(fileName, contentType, Convert.FromBase64String(base64));
            }
            catch (FormatException ex)
            {
                throw new ActivityFaultException($"Attachment '{fileName}': contentBase64 is not valid base64.", ex) { Permanent = true };
            }
        }

        return new MailAttachment(fileName, contentType, Encoding.UTF8.GetBytes((string?)file["content"] ?? ""));
    }
}
