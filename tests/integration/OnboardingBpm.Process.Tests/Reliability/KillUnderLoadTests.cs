using System.Diagnostics;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// Three nodes on one PostgreSQL database and one set of simulators; onboarding requests arrive while a random node
/// is killed (kill -9) every few seconds and restarted. Then the clock jumps 72 hours, still killing, and every
/// open case must be escalated exactly once.
/// </summary>
public sealed class KillUnderLoadTests : IAsyncLifetime
{
    private const string Admin = "alex.admin@onboardingbpm.local";
    private const int Seed = 20260105;
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly ReliabilitySize size = ReliabilitySize.Current;
    private Cluster cluster = null!;

    public async ValueTask InitializeAsync() => cluster = await Cluster.StartAsync(nodes: 3, database: null, environment: null, cancellation);

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task every_request_yields_one_case_user_and_event_set_and_one_escalation_while_nodes_are_killed()
    {
        var output = TestContext.Current.TestOutputHelper;
        var submissions = Submission.Batch("kill", size.Requests);
        var api = new ClusterApi(cluster, Admin);
        var watch = Stopwatch.StartNew();

        var (load, kills) = await WhileKillingAsync(async () =>
        {
            var report = await new OnboardingLoad(cluster, Admin).SubmitAsync(submissions, cancellation);
            await api.WaitForFirstContactTasksAsync(submissions.Count, size.Completion, cancellation);
            await api.WaitForMailsAsync("welcome", submissions.Count, size.Completion, cancellation);
            await api.WaitForInstancesAsync("case-escalation", submissions.Count, size.Completion, cancellation);
            return report;
        });
        output?.WriteLine($"{submissions.Count} requests accepted in {load.Duration.TotalSeconds:0} s ({submissions.Count / load.Duration.TotalSeconds:0.0}/s), "
            + $"{load.Retries} retries, {load.ServerErrors.Count} 5xx; every first-contact task after {watch.Elapsed.TotalSeconds:0} s; {kills} kills");
        foreach (var error in load.ServerErrors.Take(10))
        {
            output?.WriteLine(error);
        }

        Assert.Empty(load.DoubleSubmitsElsewhere);
        Assert.Equal(submissions.Count, load.InstanceIds.Values.Distinct().Count());
        Assert.Empty(OnboardingExactlyOnce.VendorProblems(await VendorRecords.ReadAsync(cluster, cancellation), submissions));
        Assert.Empty(await OnboardingExactlyOnce.ServerProblemsAsync(api, load, submissions, cancellation));

        watch.Restart();
        var (_, escalationKills) = await WhileKillingAsync(async () =>
        {
            await cluster.JumpClockAsync(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1), cancellation);
            await Eventually.WaitForAsync("every case escalation to finish",
                () => api.TotalAsync("/api/workflow-instances?definitionId=case-escalation&status=Finished", cancellation),
                finished => finished == submissions.Count, finished => $"{finished} finished", size.Completion, cancellation);
            await api.WaitForMailsAsync("escalation", submissions.Count, size.Completion, cancellation);
            return true;
        });
        output?.WriteLine($"72 hours later every case escalation finished after {watch.Elapsed.TotalSeconds:0} s; {escalationKills} kills meanwhile");

        Assert.Empty(await OnboardingExactlyOnce.EscalationProblemsAsync(api, await VendorRecords.ReadAsync(cluster, cancellation), submissions, cancellation));
        Assert.True(kills + escalationKills > 0, "no node was killed: the run proved nothing about kills");
    }

    /// <summary>Runs <paramref name="work"/> while the killer kills; every node is up again when it returns.</summary>
    private async Task<(T Result, int Kills)> WhileKillingAsync<T>(Func<Task<T>> work)
    {
        var (min, max) = ReliabilitySize.KillPause;
        var killer = new NodeKiller(cluster, min, max, Seed);
        using var stop = new CancellationTokenSource();
        var killing = killer.RunAsync(stop.Token, cancellation);
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            await stop.CancelAsync();
            await killing;
        }

        return (result, killer.Kills);
    }
}
