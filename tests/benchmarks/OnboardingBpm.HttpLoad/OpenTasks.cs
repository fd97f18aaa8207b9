using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace OnboardingBpm.HttpLoad;

/// <summary>
/// Counts the open tasks every segment has (as the admin sees them). The trigger answers 202 before the vendors are
/// called; a request is worked off when its first-contact task exists, so this tells how fast the nodes really go.
/// </summary>
internal sealed class OpenTasks(HttpClient client, Uri node, string adminToken)
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, "/api/tasks?take=1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var response = await client.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TaskPage>(cancellationToken))!.Total;
    }

    /// <summary>Polls until at least <paramref name="expected"/> tasks are open; null when <paramref name="timeout"/> passes first.</summary>
    public async Task<int?> WaitForAsync(int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var open = await CountAsync(cancellationToken);
            if (open >= expected)
            {
                return open;
            }

            if (watch.Elapsed > timeout)
            {
                Console.WriteLine($"  gave up after {timeout}: {open} of {expected} tasks open");
                return null;
            }

            // The pace of a progress probe against the servers being measured, not a wait standing in for an event.
            await Task.Delay(PollEvery, cancellationToken);
        }
    }

    private sealed record TaskPage(int Total);
}
