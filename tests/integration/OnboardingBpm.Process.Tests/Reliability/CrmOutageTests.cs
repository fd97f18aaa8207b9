using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// Salesforce is down for 30 minutes (the simulator's outage, on the shared clock, which the test moves in steps)
/// while requests keep arriving at three nodes that share their read cache on Redis. Requests submitted when the
/// outage starts run out of durable retries (3 × 5 minutes) and reach Platform Engineering as incidents, alerts and
/// mails; those submitted 16 minutes in are caught up by their last retry; reads are served from the cache
/// meanwhile. After the outage and the platform engineer's retries every request has its one case.
/// </summary>
public sealed class CrmOutageTests : IAsyncLifetime
{
    private const string Admin = "alex.admin@onboardingbpm.local";
    private const string PlatformEngineer = "pat.platform@onboardingbpm.local";
    private const int CachedReads = 20;
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(30);
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly ReliabilitySize size = ReliabilitySize.Current;
    private RedisServer redis = null!;
    private Cluster cluster = null!;

    public async ValueTask InitializeAsync()
    {
        redis = await RedisServer.StartAsync(cancellation);
        cluster = await Cluster.StartAsync(nodes: 3, database: null, new Dictionary<string, string> { ["Integrations__Cache__Redis"] = redis.ConnectionString }, cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await cluster.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task a_30_minute_crm_outage_loses_no_request_serves_reads_from_the_cache_and_alerts_platform_engineering()
    {
        var output = TestContext.Current.TestOutputHelper;
        var api = new ClusterApi(cluster, Admin);
        var platform = new ClusterApi(cluster, PlatformEngineer);
        var before = Submission.Batch("before", size.Requests / 2);
        var atStart = Submission.Batch("outage", size.Requests / 4);
        var later = Submission.Batch("late", size.Requests / 4);
        await ImportAsync("Reliability/crm-case-read.json");

        var loadBefore = await SubmitAsync(before);
        await api.WaitForFirstContactTasksAsync(before.Count, size.Completion, cancellation);
        var read = before.Take(CachedReads).ToList();
        Assert.All(await ReadCasesAsync(read, firstNode: 0), r => Assert.Equal((HttpStatusCode.OK, false), r));

        await StartSalesforceOutageAsync();
        var loadAtStart = await SubmitAsync(atStart);
        var outageStart = cluster.Clock.Now;
        await SettleAsync(api, loadAtStart.InstanceIds.Values);

        // Past the cache's 5 fresh minutes: Salesforce is asked, fails, and another node answers from the shared cache.
        await StepAsync(api, TimeSpan.FromMinutes(6), loadAtStart.InstanceIds.Values);
        Assert.All(await ReadCasesAsync(read, firstNode: 1), r => Assert.Equal((HttpStatusCode.OK, true), r));
        await StepAsync(api, TimeSpan.FromMinutes(5), loadAtStart.InstanceIds.Values);
        await StepAsync(api, TimeSpan.FromMinutes(5), loadAtStart.InstanceIds.Values);

        var incidents = (await platform.OpenIncidentsAsync(cancellation)).Where(i => i.ActivityId == "case").ToList();
        Assert.Equal(loadAtStart.InstanceIds.Values.Order(), incidents.Select(i => i.InstanceId).Order());
        var alerts = await platform.AlertsAsync("platform-engineering", cancellation);
        Assert.All(incidents, incident => Assert.Contains(alerts, a => a.IncidentId == incident.Id && a.Kind == "integration-failure" && a.Severity == "Critical"));
        var mailed = (await platform.MailsAsync("alert", cancellation)).Where(m => m.To.Contains("platform-engineering@onboardingbpm.local")).Select(m => m.InstanceId).ToHashSet();
        Assert.All(loadAtStart.InstanceIds.Values, id => Assert.Contains(id, mailed));

        var loadLater = await SubmitAsync(later);
        await SettleAsync(api, loadLater.InstanceIds.Values);
        await StepAsync(api, TimeSpan.FromMinutes(5), loadLater.InstanceIds.Values);
        await StepAsync(api, TimeSpan.FromMinutes(5), loadLater.InstanceIds.Values);
        await StepAsync(api, TimeSpan.FromMinutes(5), loadLater.InstanceIds.Values);
        Assert.True(cluster.Clock.Now > outageStart + Outage, "the clock is not past the outage yet");
        await api.WaitForFirstContactTasksAsync(before.Count + later.Count, size.Completion, cancellation);
        output?.WriteLine($"{later.Count} requests submitted 16 minutes into the outage were caught up by their last durable retry");

        var openIncidents = await platform.OpenIncidentsAsync(cancellation);
        output?.WriteLine($"after the outage the platform engineer retries {openIncidents.Count} incidents: {string.Join(", ", openIncidents.CountBy(i => $"{i.DefinitionId}/{i.ActivityId}").Select(p => $"{p.Value} {p.Key}"))}");
        await Bounded.ForEachAsync(openIncidents, async (incident, token) => await platform.RetryIncidentAsync(incident.Id, token), cancellation);

        // A retry that meets the node's circuit breaker still half open fails fast into a durable retry, 5 minutes on.
        var waiting = 0;
        await Bounded.ForEachAsync(loadAtStart.InstanceIds.Values, async (id, token) =>
        {
            if ((await api.InstanceAsync(id, token)).Bookmarks.Any(b => b.Type == "Retry"))
            {
                Interlocked.Increment(ref waiting);
            }
        }, cancellation);
        output?.WriteLine($"{waiting} of the {atStart.Count} retried requests met an open circuit and wait for their durable retry");
        await StepAsync(api, TimeSpan.FromMinutes(5), loadAtStart.InstanceIds.Values);
        var all = before.Concat(atStart).Concat(later).ToList();
        await api.WaitForFirstContactTasksAsync(all.Count, size.Completion, cancellation);
        await api.WaitForMailsAsync("welcome", all.Count, size.Completion, cancellation);
        await api.WaitForInstancesAsync("case-escalation", all.Count, size.Completion, cancellation);

        var load = LoadReport.Combine(loadBefore, loadAtStart, loadLater);
        Assert.Empty(load.DoubleSubmitsElsewhere);
        Assert.Empty(OnboardingExactlyOnce.VendorProblems(await VendorRecords.ReadAsync(cluster, cancellation), all));
        Assert.Empty(await OnboardingExactlyOnce.ServerProblemsAsync(api, load, all, cancellation));
    }

    private Task<LoadReport> SubmitAsync(IReadOnlyList<Submission> batch) => new OnboardingLoad(cluster, Admin).SubmitAsync(batch, cancellation);

    private async Task ImportAsync(string file)
    {
        using var content = new StringContent(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, file), cancellation), System.Text.Encoding.UTF8, "application/json");
        using var response = await cluster.Client(0, Admin).PostAsync("/api/workflow-definitions/import", content, cancellation);
        response.EnsureSuccessStatusCode();
    }

    private async Task StartSalesforceOutageAsync()
    {
        using var response = await cluster.Vendors.PostAsJsonAsync(new Uri(cluster.Simulators.Salesforce, "__sim/faults/outage"), new { duration = Outage.ToString("c") }, cancellation);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Each case's read through the cache (crm-case-read.json), spread over the nodes from <paramref name="firstNode"/>: its status and whether it was stale.</summary>
    private async Task<IReadOnlyList<(HttpStatusCode Status, bool Stale)>> ReadCasesAsync(IReadOnlyList<Submission> submissions, int firstNode)
    {
        var results = new ConcurrentBag<(HttpStatusCode, bool)>();
        await Bounded.ForEachAsync(submissions.Select((s, i) => (s, i)), async (item, token) =>
        {
            var client = cluster.Client((firstNode + item.i) % cluster.Nodes.Count, Admin);
            using var response = await client.PostAsJsonAsync("/workflows/reliability/crm-case", new { transactionId = item.s.TransactionId }, token);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(token);
            results.Add((response.StatusCode, body?["stale"]?.GetValue<bool>() ?? false));
        }, cancellation);
        return [.. results];
    }

    private async Task StepAsync(ClusterApi api, TimeSpan by, IEnumerable<string> watched)
    {
        await cluster.JumpClockAsync(by, cancellation);
        await SettleAsync(api, watched);
    }

    /// <summary>Waits until none of the instances holds a timer that is due on the clock (a retry, the background step): the step's work is done.</summary>
    private async Task SettleAsync(ClusterApi api, IEnumerable<string> watched)
    {
        var now = cluster.Clock.Now;
        var pending = new ConcurrentDictionary<string, bool>(watched.Select(id => KeyValuePair.Create(id, true)));
        await Eventually.WaitForAsync($"the work due by {now:HH:mm} to be done", async () =>
        {
            await Bounded.ForEachAsync(pending.Keys, async (id, token) =>
            {
                if (!(await api.InstanceAsync(id, token)).Bookmarks.Any(b => b.DueAt <= now))
                {
                    pending.TryRemove(id, out _);
                }
            }, cancellation);
            return pending.Count;
        }, count => count == 0, count => $"{count} instances still have due timers", size.Completion, cancellation);
    }
}
