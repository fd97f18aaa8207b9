using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.ScaleOut;

/// <summary>
/// Each node caches compiled definitions, but only by (definition, version), and versions never change; which
/// version a new instance starts on is read from the database at each start. So a version published or retracted
/// on node A decides what node B starts next, even with B's cache already holding the older version.
/// </summary>
public sealed class DefinitionsAcrossNodesTests : IAsyncDisposable
{
    private const string Workflow = "task-for-anyone";
    private readonly ServerFleet fleet = new("ScaleOut/task-for-anyone.json");
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task a_version_published_or_retracted_on_node_a_decides_what_node_b_starts_next()
    {
        var database = await fleet.NewPostgresAsync(cancellation);
        var servers = await Task.WhenAll(fleet.StartAsync("a", database, cancellation), fleet.StartAsync("b", database, cancellation));
        var (a, b) = (servers[0], servers[1]);
        using var adminOnA = new HttpClient(new DevelopmentToken(a.Address)) { BaseAddress = a.Address };
        using var adminOnB = new HttpClient(new DevelopmentToken(b.Address)) { BaseAddress = b.Address };
        var before = await VersionStartedOnAsync(b, adminOnB, "before");

        var changed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ScaleOut/task-for-anyone.json")).Replace("Announced across nodes", "Version two", StringComparison.Ordinal);
        using var import = await adminOnA.PostAsync("/api/workflow-definitions/import", new StringContent(changed, Encoding.UTF8, "application/json"), cancellation);
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        var published = JsonNode.Parse(await import.Content.ReadAsStringAsync(cancellation))!["version"]!.GetValue<int>();
        var afterPublish = await VersionStartedOnAsync(b, adminOnB, "after-publish");

        using var retract = await adminOnA.PostAsync($"/api/workflow-definitions/{Workflow}/versions/{published}/retract", null, cancellation);
        Assert.Equal(HttpStatusCode.NoContent, retract.StatusCode);
        var afterRetract = await VersionStartedOnAsync(b, adminOnB, "after-retract");

        Assert.Equal([1, 2, 1], new[] { before, afterPublish, afterRetract });
        Assert.Equal(2, published);
    }

    private async Task<int> VersionStartedOnAsync(ServerProcess server, HttpClient admin, string key)
    {
        var id = await server.Api.StartAsync(Workflow, key, [], cancellation);
        var instance = JsonNode.Parse(await admin.GetStringAsync($"/api/workflow-instances/{id}", cancellation))!;
        return instance["definitionVersion"]!.GetValue<int>();
    }

    public ValueTask DisposeAsync() => fleet.DisposeAsync();
}
