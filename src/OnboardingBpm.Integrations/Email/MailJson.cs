using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Integrations.Email;

/// <summary>A mail as an outbox payload: committed with the workflow step, read back by the handler that sends it.</summary>
public static class MailJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonObject ToPayload(MailMessage message) => JsonSerializer.SerializeToNode(message, Options)!.AsObject();

    public static MailMessage FromPayload(JsonObject payload) =>
        payload.Deserialize<MailMessage>(Options) ?? throw new JsonException("The outbox payload holds no mail.");
}
