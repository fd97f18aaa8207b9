using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Tasks;

/// <summary>
/// A long inbox is read page by page (skip/take and a total): every task once, in due order, still scoped to the
/// caller's segments; <c>scope=unclaimed</c> leaves out the tasks someone already took.
/// </summary>
public sealed class TaskPagingTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private const int PagesAtMost = 20;

    [Theory]
    [InlineData("/api/tasks?take=0", "take")]
    [InlineData("/api/tasks?take=501", "take")]
    [InlineData("/api/tasks?skip=-1", "skip")]
    [InlineData("/api/tasks?scope=everything", "scope")]
    [InlineData("/api/tasks?take=many", "take")]
    public async Task a_bad_paging_value_is_a_400_naming_the_field(string url, string field)
    {
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var response = await ada.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task paging_through_the_unclaimed_inbox_returns_every_task_once_in_due_order()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);
        await PublishAsync(admin);

        // Started twice per due time on a clock that stands still: pairs tie on due and creation time.
        var started = new HashSet<string>();
        for (var n = 30; n >= 1; n--)
        {
            started.Add(await StartAsync(admin, n, "smb"));
            started.Add(await StartAsync(admin, n, "smb"));
        }

        await StartAsync(admin, 5, "enterprise");

        var (items, total) = await ReadAllAsync(sam, "unclaimed", take: 7);

        Assert.Equal(total, items.Count);
        Assert.Equal(items.Count, items.Select(Id).Distinct().Count());
        var numbered = items.Where(t => started.Contains(t["instanceId"]!.GetValue<string>())).ToList();
        Assert.Equal(60, numbered.Count);
        Assert.All(numbered, t => Assert.Equal("smb", t["segment"]!.GetValue<string>()));
        Assert.Equal(Enumerable.Range(1, 30).SelectMany(n => new[] { $"Numbered task {n}", $"Numbered task {n}" }), numbered.Select(t => t["title"]!.GetValue<string>()));
        var dues = items.Select(t => t["dueAt"]?.GetValue<DateTimeOffset>() ?? DateTimeOffset.MaxValue).ToList();
        Assert.Equal(dues.Order(), dues);
        Assert.DoesNotContain((await ReadAllAsync(ada, "unclaimed", take: 500)).Items, t => t["segment"]!.GetValue<string>() == "smb");
    }

    [Fact]
    public async Task a_claimed_task_leaves_the_unclaimed_list_and_appears_in_mine()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);
        await PublishAsync(admin);
        var claimedId = await StartAsync(admin, 901, "smb");
        var openId = await StartAsync(admin, 902, "smb");
        var claimed = await TaskOfInstanceAsync(sam, claimedId);

        Assert.Equal(HttpStatusCode.OK, (await sam.PostAsync($"/api/tasks/{claimed}/claim", null, TestContext.Current.CancellationToken)).StatusCode);

        var unclaimed = (await ReadAllAsync(sam, "unclaimed", take: 500)).Items;
        Assert.DoesNotContain(unclaimed, t => Id(t) == claimed);
        Assert.Contains(unclaimed, t => t["instanceId"]!.GetValue<string>() == openId);
        Assert.All(unclaimed, t => Assert.Equal("Open", t["status"]!.GetValue<string>()));
        Assert.Contains((await ReadAllAsync(sam, "mine", take: 500)).Items, t => Id(t) == claimed);
        Assert.Contains((await ReadAllAsync(sam, "available", take: 500)).Items, t => Id(t) == claimed);
    }

    private static string Id(JsonNode task) => task["id"]!.GetValue<string>();

    private static async Task PublishAsync(HttpClient admin)
    {
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Tasks", "numbered-task.json"), TestContext.Current.CancellationToken))!;
        var imported = await admin.PostAsJsonAsync("/api/workflow-definitions/import", definition, TestContext.Current.CancellationToken);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<string> StartAsync(HttpClient admin, int n, string segment)
    {
        var started = await admin.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "numbered-task", input = new { n, segment } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await ServerFactory.ReadObjectAsync(started))["id"]!.GetValue<string>();
    }

    private static async Task<string> TaskOfInstanceAsync(HttpClient client, string instanceId) =>
        Id((await ReadAllAsync(client, "unclaimed", take: 500)).Items.Single(t => t["instanceId"]!.GetValue<string>() == instanceId));

    private static async Task<(List<JsonNode> Items, int Total)> ReadAllAsync(HttpClient client, string scope, int take)
    {
        var items = new List<JsonNode>();
        var total = 0;
        for (var page = 0; page < PagesAtMost; page++)
        {
            var body = (await client.GetFromJsonAsync<JsonObject>($"/api/tasks?scope={scope}&skip={items.Count}&take={take}", TestContext.Current.CancellationToken))!;
            total = body["total"]!.GetValue<int>();
            var pageItems = body["items"]!.AsArray().Select(t => t!).ToList();
            items.AddRange(pageItems);
            if (pageItems.Count == 0 || items.Count >= total)
            {
                return (items, total);
            }
        }

        throw new InvalidOperationException($"{scope} did not end within {PagesAtMost} pages of {take}.");
    }
}
