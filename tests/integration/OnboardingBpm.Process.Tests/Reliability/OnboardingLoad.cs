using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// Submits onboarding requests over the nodes in turn, a few at a time (<see cref="Bounded"/>). A submission
/// that gets no answer (the node is dead or was killed mid-request) or a 5xx goes to the next node with the same
/// Idempotency-Key, until it is accepted or its deadline passes; every tenth one is sent a second time to another
/// node, as a double submit, and must land on the same instance.
/// </summary>
public sealed class OnboardingLoad(Cluster cluster, string login)
{
    private const string Route = "/workflows/onboarding-requests";
    private static readonly TimeSpan SubmissionDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan PauseAfterEveryNodeFailed = TimeSpan.FromMilliseconds(250);
    private int acceptedSoFar;

    /// <summary>How many submissions were accepted so far, for a test that acts in the middle of the load.</summary>
    public int Accepted => Volatile.Read(ref acceptedSoFar);

    public async Task<LoadReport> SubmitAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        var accepted = new ConcurrentDictionary<string, string>();
        var retries = 0;
        var serverErrors = new ConcurrentBag<string>();
        var doubleSubmits = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();
        await Bounded.ForEachAsync(submissions.Select((submission, index) => (submission, index)), async (item, token) =>
        {
            var (instanceId, tries) = await SubmitOnceAsync(item.submission, item.index, serverErrors, token);
            accepted[item.submission.Id] = instanceId;
            Interlocked.Increment(ref acceptedSoFar);
            Interlocked.Add(ref retries, tries - 1);
            if (item.index % 10 == 0)
            {
                var (again, _) = await SubmitOnceAsync(item.submission, item.index + 1, serverErrors, token);
                if (again != instanceId)
                {
                    doubleSubmits.Add($"{item.submission.Id}: first {instanceId}, then {again}");
                }
            }
        }, cancellationToken);
        return new LoadReport(accepted, retries, [.. serverErrors], [.. doubleSubmits], watch.Elapsed);
    }

    private async Task<(string InstanceId, int Tries)> SubmitOnceAsync(Submission submission, int first, ConcurrentBag<string> serverErrors, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + SubmissionDeadline;
        for (var attempt = 0; ; attempt++)
        {
            var node = (first + attempt) % cluster.Nodes.Count;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = JsonContent.Create(submission.Form()) };
                request.Headers.Add("Idempotency-Key", submission.Id);
                using var response = await cluster.Client(node, login).SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    return (InstanceIdIn(body), attempt + 1);
                }

                if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"{cluster.Nodes[node].Name} refused {submission.Id}: {(int)response.StatusCode} {body}");
                }

                serverErrors.Add($"{cluster.Nodes[node].Name} {submission.Id}: {(int)response.StatusCode} {body}");
            }
            catch (Exception ex) when (ex is HttpRequestException { StatusCode: null } or HttpIOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // No answer: the node is down or died during the call. The same key on the next node is safe.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{submission.Id} was not accepted by any node within {SubmissionDeadline.TotalMinutes} minutes ({attempt + 1} tries)");
            }

            if ((attempt + 1) % cluster.Nodes.Count == 0)
            {
                await Task.Delay(PauseAfterEveryNodeFailed, cancellationToken);
            }
        }
    }

    /// <summary>The workflow's own 202 names it requestId; a repeated key gets the engine's 202 with instanceId.</summary>
    private static string InstanceIdIn(string body)
    {
        var json = JsonNode.Parse(body)!;
        return (json["requestId"] ?? json["instanceId"])!.GetValue<string>();
    }
}

/// <summary>
/// What the load saw: the instance each submission landed on, how many extra tries the dead nodes cost, the 5xx
/// answers (each retried) and the double submits that landed on another instance (must be none).
/// </summary>
public sealed record LoadReport(IReadOnlyDictionary<string, string> InstanceIds, int Retries, IReadOnlyList<string> ServerErrors, IReadOnlyList<string> DoubleSubmitsElsewhere, TimeSpan Duration)
{
    /// <summary>Several batches as one, for the checks over all of them.</summary>
    public static LoadReport Combine(params LoadReport[] reports) => new(
        reports.SelectMany(r => r.InstanceIds).ToDictionary(),
        reports.Sum(r => r.Retries),
        [.. reports.SelectMany(r => r.ServerErrors)],
        [.. reports.SelectMany(r => r.DoubleSubmitsElsewhere)],
        TimeSpan.FromTicks(reports.Sum(r => r.Duration.Ticks)));
}
