using System.Diagnostics;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// PostgreSQL restarted (a fast shutdown cuts every session, then a start) while onboarding requests arrive at three
/// nodes: they answer 503 (never a 500) meanwhile, the load retries with the same keys, every node is healthy again
/// without a restart of its own, and nothing submitted is lost or done twice. The test runs its own PostgreSQL:
/// restarting the shared one would break the test projects that run next to this one.
/// </summary>
public sealed class DatabaseRestartTests : IAsyncDisposable
{
    private const string Admin = "alex.admin@onboardingbpm.local";
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly ReliabilitySize size = ReliabilitySize.Current;
    private PrivatePostgres? postgres;
    private Cluster? cluster;

    [Fact]
    public async Task the_nodes_reconnect_and_lose_nothing_when_postgresql_restarts_under_load()
    {
        if (PrivatePostgres.Unavailable is { } reason)
        {
            Assert.Skip($"No PostgreSQL of the test's own can run here: {reason}.");
        }

        postgres = await PrivatePostgres.StartAsync(cancellation);
        cluster = await Cluster.StartAsync(nodes: 3, await postgres.NewDatabaseAsync(cancellation), environment: null, cancellation);
        var output = TestContext.Current.TestOutputHelper;
        var api = new ClusterApi(cluster, Admin);
        var submissions = Submission.Batch("restart", size.Requests);

        var load = new OnboardingLoad(cluster, Admin);
        var loading = load.SubmitAsync(submissions, cancellation);
        await Eventually.WaitUntilAsync("a quarter of the requests to be accepted", () => Task.FromResult(load.Accepted >= submissions.Count / 4 || loading.IsCompleted), size.Completion, cancellation);
        Assert.False(loading.IsCompleted, "the load ended before the restart: nothing was under load");
        var restart = Stopwatch.StartNew();
        await postgres.RestartAsync(cancellation);
        output?.WriteLine($"PostgreSQL restarted in {restart.Elapsed.TotalSeconds:0.0} s with {load.Accepted} of {submissions.Count} requests accepted");

        var report = await loading;
        foreach (var node in cluster.Nodes)
        {
            await Eventually.WaitUntilAsync($"{node.Name} to be healthy again", () => node.Current!.Api.IsHealthyAsync(cancellation), TimeSpan.FromSeconds(90), cancellation);
        }

        output?.WriteLine($"all nodes healthy {restart.Elapsed.TotalSeconds:0} s after the restart began; the load met {report.ServerErrors.Count} 5xx and made {report.Retries} retries");
        foreach (var error in report.ServerErrors.Take(5))
        {
            output?.WriteLine(error);
        }

        await api.WaitForFirstContactTasksAsync(submissions.Count, size.Completion, cancellation);
        await api.WaitForMailsAsync("welcome", submissions.Count, size.Completion, cancellation);
        await api.WaitForInstancesAsync("case-escalation", submissions.Count, size.Completion, cancellation);
        Assert.All(report.ServerErrors, error => Assert.Contains(": 503 ", error, StringComparison.Ordinal));
        Assert.Empty(report.DoubleSubmitsElsewhere);
        Assert.Equal(submissions.Count, report.InstanceIds.Values.Distinct().Count());
        Assert.All(cluster.Nodes, node => Assert.False(node.Current!.HasExited, $"{node.Name} died with the database"));
        Assert.Empty(OnboardingExactlyOnce.VendorProblems(await VendorRecords.ReadAsync(cluster, cancellation), submissions));
        Assert.Empty(await OnboardingExactlyOnce.ServerProblemsAsync(api, report, submissions, cancellation));
    }

    public async ValueTask DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }

        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }
}
