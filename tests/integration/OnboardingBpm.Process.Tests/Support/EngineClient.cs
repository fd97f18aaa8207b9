using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>The few engine API calls the durability tests make, over HTTP on the loopback interface.</summary>
public sealed class EngineClient(HttpClient http) : IDisposable
{
    private const int PageSize = 500;

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("/health", cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Starts an instance; the Idempotency-Key makes a retry of a start that may have happened land on the same instance.</summary>
    public async Task<string> StartAsync(string definitionId, string idempotencyKey, JsonObject input, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-instances")
        {
            Content = JsonContent.Create(new { definitionId, input }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<InstanceView>(cancellationToken))!.Id;
    }

    /// <summary>Every instance of a definition, optionally of one status, read page by page.</summary>
    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(string definitionId, string? status, CancellationToken cancellationToken)
    {
        var all = new List<InstanceSummary>();
        while (true)
        {
            var url = $"/api/workflow-instances?definitionId={definitionId}&skip={all.Count}&take={PageSize}" + (status is null ? "" : $"&status={status}");
            var page = (await http.GetFromJsonAsync<Page<InstanceSummary>>(url, cancellationToken))!;
            all.AddRange(page.Items);
            if (page.Items.Count == 0 || all.Count >= page.Total)
            {
                return all;
            }
        }
    }

    public async Task<InstanceView> GetAsync(string instanceId, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<InstanceView>($"/api/workflow-instances/{instanceId}", cancellationToken))!;

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId, CancellationToken cancellationToken) =>
        (await http.GetFromJsonAsync<Page<JournalEntry>>($"/api/workflow-instances/{instanceId}/journal?take=1000", cancellationToken))!.Items;

    /// <summary>Publishes an event; returns the instances it resumed.</summary>
    public async Task<IReadOnlyList<string>> PublishEventAsync(string eventName, string correlationKey, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync($"/api/events/{eventName}", new { correlationKey }, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<EventResult>(cancellationToken))!.ResumedInstanceIds;
    }

    public void Dispose() => http.Dispose();

    /// <summary>A failed call keeps the server's problem details in the exception, so a test failure says why.</summary>
    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }
    }
}

public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

public sealed record InstanceSummary(string Id, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

public sealed record InstanceView(string Id, string Status, Dictionary<string, JsonNode?> Variables, IReadOnlyList<BookmarkView> Bookmarks, DateTimeOffset? FinishedAt);

public sealed record BookmarkView(string Id, string Type, string ActivityId, DateTimeOffset? DueAt);

public sealed record JournalEntry(string ActivityId, string EventType, DateTimeOffset CompletedAt);

public sealed record EventResult(IReadOnlyList<string> ResumedInstanceIds, IReadOnlyList<string> StartedInstanceIds);
