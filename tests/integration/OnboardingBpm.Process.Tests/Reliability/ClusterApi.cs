using System.Net.Http.Json;
using OnboardingBpm.Process.Tests.Support;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// The lists a reliability check reads, page by page, from whichever node is up, signed in as one demo user.
/// Lists that carry no total are read until a page comes back short.
/// </summary>
public sealed class ClusterApi(Cluster cluster, string login)
{
    private const int PageSize = 500;

    public Task<List<InstanceSummary>> InstancesAsync(string definitionId, string? status, CancellationToken cancellationToken) =>
        PagesAsync<InstanceSummary>($"/api/workflow-instances?definitionId={definitionId}" + (status is null ? "" : $"&status={status}"), cancellationToken);

    public Task<List<TaskRow>> TasksAsync(CancellationToken cancellationToken) => PagesAsync<TaskRow>("/api/tasks?", cancellationToken);

    public Task<List<EscalationRow>> EscalationsAsync(CancellationToken cancellationToken) => PagesAsync<EscalationRow>("/api/escalations?", cancellationToken);

    public Task<List<AlertRow>> AlertsAsync(string audience, CancellationToken cancellationToken) => ListAsync<AlertRow>($"/api/alerts?audience={audience}", cancellationToken);

    public Task<List<MailRow>> MailsAsync(string category, CancellationToken cancellationToken) => ListAsync<MailRow>($"/api/mail?category={category}", cancellationToken);

    public async Task<List<IncidentRow>> OpenIncidentsAsync(CancellationToken cancellationToken) =>
        (await Client.GetFromJsonAsync<List<IncidentRow>>("/api/incidents?openOnly=true", cancellationToken))!;

    /// <summary>
    /// Waits until <paramref name="expected"/> first-contact tasks are open. The probe counts every open task first
    /// (one small page) and lists them only once there are enough: a poll must not load the nodes it watches.
    /// </summary>
    public Task WaitForFirstContactTasksAsync(int expected, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.WaitForAsync("the requests to reach their first-contact task", async () =>
            await TotalAsync("/api/tasks?", cancellationToken) is var open && open < expected
                ? open
                : (await TasksAsync(cancellationToken)).Count(t => t.ActivityId == "first-contact"),
            count => count >= expected, count => $"{count} of {expected}", timeout, cancellationToken);

    /// <summary>
    /// Waits until at least <paramref name="expected"/> mails of a category are in the outbox. Mail leaves through
    /// the workflow outbox after the commit, so a finished step's mail may follow it by the lease (a minute) of a
    /// node that died while sending it. The probe asks only for the expected-th mail.
    /// </summary>
    public Task WaitForMailsAsync(string category, int expected, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.WaitUntilAsync($"{expected} {category} mails to be sent", async () =>
            (await Client.GetFromJsonAsync<List<MailRow>>($"/api/mail?category={category}&skip={expected - 1}&take=1", cancellationToken))!.Count == 1,
            timeout, cancellationToken);

    /// <summary>
    /// Waits until a definition has <paramref name="expected"/> instances. A workflow started by another one (the
    /// escalation by the onboarding request) is started through the outbox, like mail: it may follow the commit
    /// by the lease of a node that died while dispatching it.
    /// </summary>
    public Task WaitForInstancesAsync(string definitionId, int expected, TimeSpan timeout, CancellationToken cancellationToken) =>
        Eventually.WaitForAsync($"{expected} {definitionId} instances", () => TotalAsync($"/api/workflow-instances?definitionId={definitionId}", cancellationToken),
            total => total >= expected, total => $"{total}", timeout, cancellationToken);

    public async Task<InstanceState> InstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        (await Client.GetFromJsonAsync<InstanceState>($"/api/workflow-instances/{instanceId}", cancellationToken))!;

    /// <summary>The operator's retry of an incident: its activity runs again from the first attempt.</summary>
    public async Task RetryIncidentAsync(string incidentId, CancellationToken cancellationToken)
    {
        using var response = await Client.PostAsync($"/api/incidents/{incidentId}/retry", content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<int> TotalAsync(string pathAndQuery, CancellationToken cancellationToken) =>
        (await Client.GetFromJsonAsync<Page<object>>($"{pathAndQuery}&take=1", cancellationToken))!.Total;

    /// <summary>The first node that is up: every node answers from the same database.</summary>
    public HttpClient Client
    {
        get
        {
            var up = cluster.Nodes.Select((node, index) => (node, index)).FirstOrDefault(n => n.node.Current is not null);
            return up.node is null ? throw new InvalidOperationException("No node is running.") : cluster.Client(up.index, login);
        }
    }

    private async Task<List<T>> PagesAsync<T>(string pathAndQuery, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        while (true)
        {
            var page = (await Client.GetFromJsonAsync<Page<T>>($"{pathAndQuery}&skip={all.Count}&take={PageSize}", cancellationToken))!;
            all.AddRange(page.Items);
            if (page.Items.Count == 0 || all.Count >= page.Total)
            {
                return all;
            }
        }
    }

    private async Task<List<T>> ListAsync<T>(string pathAndQuery, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        while (true)
        {
            var page = (await Client.GetFromJsonAsync<List<T>>($"{pathAndQuery}&skip={all.Count}&take={PageSize}", cancellationToken))!;
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }
        }
    }
}

public sealed record InstanceState(string Id, string Status, IReadOnlyList<BookmarkView> Bookmarks, IReadOnlyList<string> FaultedActivities);

public sealed record TaskRow(string Id, string InstanceId, string DefinitionId, string ActivityId, string Status);

public sealed record EscalationRow(string Id, string SubjectKind, string SubjectId, string Segment);

public sealed record AlertRow(string Id, string DedupKey, string Kind, string Audience, string Severity, string Title, string? IncidentId);

public sealed record MailRow(string Id, string Subject, IReadOnlyList<string> To, string? Category, string? InstanceId);

public sealed record IncidentRow(string Id, string InstanceId, string DefinitionId, string ActivityId, string ActivityType, string Message);
