using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.HttpLoad;

/// <summary>One kind of request the generator sends: how to build the n-th one, and the status that counts as served.</summary>
internal interface ILoadScenario
{
    HttpStatusCode Expected { get; }

    HttpRequestMessage Create(Uri node, int index);
}

/// <summary>
/// The web-form trigger, as the company's web form sends it: a service token, a fresh submission each time (its id is
/// the Idempotency-Key), the three segments in turn. The run id keeps runs against one database apart.
/// </summary>
internal sealed class OnboardingTriggerScenario(string token, string runId) : ILoadScenario
{
    private static readonly string[] Segments = ["enterprise", "mid-market", "smb"];

    public HttpStatusCode Expected => HttpStatusCode.Accepted;

    public HttpRequestMessage Create(Uri node, int index)
    {
        var id = $"load-{runId}-{index:000000}";
        var form = new JsonObject
        {
            ["submissionId"] = id,
            ["company"] = $"Load {runId} {index:000000}",
            ["contactName"] = $"Contact {index:000000}",
            ["email"] = $"contact-{runId}-{index:000000}@customer{index % 97}.example",
            ["segment"] = Segments[index % Segments.Length],
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, "/workflows/onboarding-requests")) { Content = JsonContent.Create(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", id);
        return request;
    }
}

/// <summary>The first page of an agent's inbox, as the browser app asks for it when the inbox opens.</summary>
internal sealed class InboxScenario(string token) : ILoadScenario
{
    public HttpStatusCode Expected => HttpStatusCode.OK;

    public HttpRequestMessage Create(Uri node, int index)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, "/api/tasks?take=25"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
