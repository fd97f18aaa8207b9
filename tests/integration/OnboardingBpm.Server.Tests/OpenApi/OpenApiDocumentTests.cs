using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.OpenApi;

/// <summary>
/// Texts bind through a custom converter (StrictStringConverter, which refuses NUL), and the OpenAPI exporter reads any
/// custom converter as "any value": the document must still say "string" where System.Text.Json alone would.
/// </summary>
public sealed class OpenApiDocumentTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    [Fact]
    public async Task texts_and_lists_of_texts_are_described_as_strings()
    {
        using var anonymous = factory.CreateClient();

        var schemas = (await anonymous.GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!["components"]!["schemas"]!;

        Assert.Equal("\"string\"", schemas["HumanTask"]!["properties"]!["id"]!["type"]!.ToJsonString());
        Assert.Equal("[\"null\",\"string\"]", schemas["ReassignRequest"]!["properties"]!["assignee"]!["type"]!.ToJsonString());
        Assert.Equal("\"string\"", schemas["MailSummary"]!["properties"]!["to"]!["items"]!["type"]!.ToJsonString());
    }
}
