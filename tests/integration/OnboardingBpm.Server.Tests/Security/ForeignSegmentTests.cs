using System.Net;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Security;

/// <summary>
/// Zero privilege escalation with real ids: one segment's data is seeded (<see cref="SegmentWorld"/>), then the
/// agent of the other segment walks every route of <see cref="AccessMatrix"/> that takes a route value, filled with
/// that segment's ids, and every list filtered to that segment or its ids. The answers are refusals or empty lists
/// and never name the segment's data; the same requests by a caller with access succeed, so the ids are real.
/// </summary>
public sealed class ForeignSegmentTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    /// <summary>Support guidance, not customer data: every role reads every article, whatever its segment.</summary>
    private static readonly HashSet<(string Method, string Pattern)> SharedAcrossSegments = [("GET", "/api/kb/{articleId}")];

    /// <summary>
    /// Where a caller with access (null: the world's agent) sees the route values no GET route of the matrix takes.
    /// HTTP triggers answer their own method only (onboarding-requests is a POST), so GET /workflows/{**path} proves
    /// nothing and is left out.
    /// </summary>
    private static readonly (string Url, string? Caller, string[] Shows)[] ShownElsewhere =
    [
        ("/api/alerts?audience=segment:{segment}&take=500", null, ["alertId"]),
        ("/api/workflow-instances/{instanceId}", DemoUsers.Supervisor, ["bookmarkId"]),
        ("/api/incidents", DemoUsers.Admin, ["incidentId"]),
        ("/api/workflow-definitions/{definitionId}/export?version={version}", DemoUsers.Supervisor, ["eventName", "path"]),
    ];

    /// <summary>What a write by the intruder would change; read by an admin before and after the walk.</summary>
    private static readonly string[] WritableState =
    [
        "/api/tasks/{taskId}", "/api/tickets/{ticketId}", "/api/workflow-instances/{instanceId}", "/api/customers/{customerId}",
        "/api/alerts?audience=segment:{segment}&take=500", "/api/incidents", "/api/workflow-definitions/{definitionId}/versions",
        "/api/kb/{articleId}",
    ];

    /// <summary>
    /// Lists an agent may read that hold no segment's data, so no probe aims them at one. The hub's groups are
    /// checked by NotificationHubTests; raising a ticket for another segment's customer by TicketApiTests.
    /// </summary>
    private static readonly HashSet<string> ListsWithoutSegmentData = ["/api/kb/", "/api/me", "/hubs/notifications", "/hubs/notifications/negotiate"];

    /// <summary>Each agent against the other's segment: agents are the roles whose access depends on their segments.</summary>
    public static TheoryData<string, string> AgentAndForeignSegment => new()
    {
        { DemoUsers.SmbAgent, "enterprise" },
        { DemoUsers.EnterpriseAgent, "smb" },
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static IEnumerable<(string Method, string Pattern)> RoutesWithValues =>
        AccessMatrix.Routes.Keys.Where(r => AccessMatrix.RouteValues(r.Pattern).Count > 0);

    private static IEnumerable<string> GetRoutesThatProve =>
        RoutesWithValues.Where(r => r.Method == "GET" && !r.Pattern.StartsWith("/workflows/", StringComparison.Ordinal)).Select(r => r.Pattern);

    [Fact]
    public void every_route_value_of_the_matrix_has_a_real_sample_and_a_place_where_a_caller_with_access_sees_it()
    {
        var used = RoutesWithValues.SelectMany(r => AccessMatrix.RouteValues(r.Pattern)).ToHashSet(StringComparer.Ordinal);
        var proven = GetRoutesThatProve.Concat(ShownElsewhere.Select(p => p.Url)).SelectMany(AccessMatrix.RouteValues)
            .Concat(ShownElsewhere.SelectMany(p => p.Shows))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(used.Except(SegmentWorld.RouteValueNames));
        Assert.Empty(used.Except(proven));
    }

    [Fact]
    public void every_list_an_agent_may_read_has_a_probe_aimed_at_another_segment()
    {
        var probed = ForeignFilters.Probes.Select(p => p.Url.Split('?')[0].TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var unprobed = AccessMatrix.Routes
            .Where(r => r.Key.Method == "GET" && AccessMatrix.RouteValues(r.Key.Pattern).Count == 0 && r.Value.Contains(DemoUsers.EnterpriseAgent))
            .Select(r => r.Key.Pattern)
            .Where(p => !ListsWithoutSegmentData.Contains(p) && !probed.Contains(p.TrimEnd('/')));

        Assert.Empty(unprobed);
    }

    [Theory]
    [MemberData(nameof(AgentAndForeignSegment))]
    public async Task an_agent_is_refused_every_route_filled_with_another_segments_real_ids_and_changes_nothing(string intruder, string segment)
    {
        var world = await SegmentWorld.SeedAsync(factory, segment);
        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var before = await ReadAllAsync(admin, WritableState.Select(world.Fill));

        var wrong = await WalkAsIntruderAsync(world, intruder);

        AssertNone(wrong);
        Assert.Equal(before, await ReadAllAsync(admin, WritableState.Select(world.Fill)));
        AssertNone(await ProveIdsAreRealAsync(world));
    }

    [Theory]
    [MemberData(nameof(AgentAndForeignSegment))]
    public async Task an_agent_finds_nothing_of_another_segment_through_list_filters_that_show_it_to_its_own_agent(string intruder, string segment)
    {
        var world = await SegmentWorld.SeedAsync(factory, segment);
        using var client = factory.CreateClientAs(intruder);
        var wrong = new List<string>();

        foreach (var probe in ForeignFilters.Probes)
        {
            var url = world.Fill(probe.Url);
            var marker = world.Fill(probe.Marker);
            var response = await client.GetAsync(url, Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            if (!response.IsSuccessStatusCode && response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
            {
                wrong.Add($"{url}: {(int)response.StatusCode} (expected a refusal or an empty list)");
            }

            wrong.AddRange(world.LeaksIn(body, url).Append(marker).Where(s => body.Contains(s, StringComparison.Ordinal)).Distinct()
                .Select(leak => $"{url} showed the intruder {leak}"));

            using var owner = factory.CreateClientAs(probe.Owner ?? world.Agent);
            var owned = await owner.GetAsync(url, Cancel);
            if (!owned.IsSuccessStatusCode || !(await owned.Content.ReadAsStringAsync(Cancel)).Contains(marker, StringComparison.Ordinal))
            {
                wrong.Add($"{url}: a caller with access got {(int)owned.StatusCode} without {marker}, so the probe proves nothing");
            }
        }

        AssertNone(wrong);
    }

    /// <summary>
    /// Every route with a route value, as the intruder: a route their role may call answers 404 (as for an id that
    /// does not exist), any other 403; the body names nothing of the world but what the request carried.
    /// </summary>
    private async Task<List<string>> WalkAsIntruderAsync(SegmentWorld world, string intruder)
    {
        using var client = factory.CreateClientAs(intruder);
        var wrong = new List<string>();
        foreach (var (method, pattern) in RoutesWithValues)
        {
            var path = world.Fill(pattern);
            var response = await client.SendAsync(AccessMatrix.Request(method, path), Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            var expected = SharedAcrossSegments.Contains((method, pattern)) ? HttpStatusCode.OK
                : AccessMatrix.Routes[(method, pattern)].Contains(intruder) ? HttpStatusCode.NotFound
                : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                wrong.Add($"{method} {path}: {(int)response.StatusCode} (expected {(int)expected})");
            }

            wrong.AddRange(world.LeaksIn(body, path).Select(leak => $"{method} {path} showed the intruder {leak}"));
        }

        return wrong;
    }

    /// <summary>The same ids, read by a caller with access (the world's agent where the matrix admits agents): each GET succeeds.</summary>
    private async Task<List<string>> ProveIdsAreRealAsync(SegmentWorld world)
    {
        var proofs = GetRoutesThatProve
            .Select(p => (Url: p, Caller: OwnerOf(world, AccessMatrix.Routes[("GET", p)]), Shows: Array.Empty<string>()))
            .Concat(ShownElsewhere.Select(p => (p.Url, Caller: p.Caller ?? world.Agent, p.Shows)));
        var wrong = new List<string>();
        foreach (var (pattern, caller, shows) in proofs)
        {
            using var client = factory.CreateClientAs(caller);
            var url = world.Fill(pattern);
            var response = await client.GetAsync(url, Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            if (!response.IsSuccessStatusCode)
            {
                wrong.Add($"GET {url} as {caller}: {(int)response.StatusCode}, so the id is not real");
            }

            wrong.AddRange(shows.Where(name => !body.Contains(world.Values[name], StringComparison.Ordinal))
                .Select(name => $"GET {url} as {caller} does not show {{{name}}} = {world.Values[name]}"));
        }

        return wrong;
    }

    private static void AssertNone(List<string> wrong) => Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

    private static string OwnerOf(SegmentWorld world, string[] allowed) =>
        allowed.Contains(world.Agent) ? world.Agent : allowed.Contains(DemoUsers.Supervisor) ? DemoUsers.Supervisor : DemoUsers.Admin;

    private static async Task<List<string>> ReadAllAsync(HttpClient client, IEnumerable<string> urls)
    {
        var bodies = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url, Cancel);
            Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
            bodies.Add($"{url}: {await response.Content.ReadAsStringAsync(Cancel)}");
        }

        return bodies;
    }
}
