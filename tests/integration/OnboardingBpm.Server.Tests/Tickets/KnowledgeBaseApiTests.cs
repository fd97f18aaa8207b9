using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Tickets;

/// <summary>The knowledge base: supervisors publish versions, everyone with a role reads them.</summary>
public sealed class KnowledgeBaseApiTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task a_published_version_becomes_current_and_the_article_keeps_every_version()
    {
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        var articleId = await TicketDesk.PublishArticleAsync(factory, versions: 2);

        var article = await ada.GetFromJsonAsync<JsonObject>($"/api/kb/{articleId}", TestContext.Current.CancellationToken);
        var found = await ada.GetFromJsonAsync<JsonObject>("/api/kb?search=vpn%20DROPS&take=500", TestContext.Current.CancellationToken);
        var missing = await ada.GetFromJsonAsync<JsonObject>("/api/kb?search=no-such-title", TestContext.Current.CancellationToken);

        Assert.Equal(2, article!["currentVersion"]!.GetValue<int>());
        Assert.Equal(["Fix number 1.", "Fix number 2."], article["versions"]!.AsArray().Select(v => v!["body"]!.GetValue<string>()));
        Assert.Equal(DemoUsers.Supervisor, article["versions"]![0]!["author"]!.GetValue<string>());
        Assert.Contains(found!["items"]!.AsArray(), a => a!["id"]!.GetValue<string>() == articleId);
        Assert.Empty(missing!["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync("/api/kb/kb-none", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task a_version_without_title_or_body_or_with_a_bad_id_is_refused_naming_the_field()
    {
        using var maria = factory.CreateClientAs(DemoUsers.Supervisor);

        var response = await maria.PostAsJsonAsync("/api/kb/Not An Id/versions", new { title = " " }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ServerFactory.ReadObjectAsync(response))["errors"]!.AsObject();
        Assert.Equal(["articleId", "body", "title"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task agents_and_process_owners_cannot_publish()
    {
        foreach (var caller in new[] { DemoUsers.EnterpriseAgent, DemoUsers.ProcessOwner })
        {
            using var client = factory.CreateClientAs(caller);

            var response = await client.PostAsJsonAsync("/api/kb/kb-agent/versions", new { title = "Mine", body = "Text" }, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
