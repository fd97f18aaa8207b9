using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>What the server answered to one fuzz case.</summary>
public sealed record FuzzAnswer(HttpStatusCode Status, string? MediaType, string Body, TimeSpan Elapsed)
{
    public bool IsSuccess => FuzzStatus.IsSuccess(Status);

    public bool IsRefusal => FuzzStatus.IsRefusal(Status);

    public JsonObject? Json()
    {
        try
        {
            return JsonNode.Parse(Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => $"{(int)Status} {MediaType} {(Body.Length > 600 ? Body[..600] + "…" : Body)}";
}

/// <summary>
/// Sends a case and checks what every answer owes the caller: never a 5xx, never a hang, and a refusal as
/// problem+json with a title, a 400 naming the field or JSON path at fault.
/// </summary>
public static class FuzzClient
{
    /// <summary>A request the server has not answered by then is a hang.</summary>
    public static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(30);

    /// <summary>A body of many megabytes must be refused by its size, not read to the end.</summary>
    public static readonly TimeSpan HugeBound = TimeSpan.FromSeconds(10);

    public static async Task<FuzzAnswer> SendAsync(HttpClient client, HttpMethod method, string path, FuzzCase fuzz, string replay)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(AnswerBound);
        using var request = new HttpRequestMessage(method, path) { Content = fuzz.ToContent() };
        var clock = Stopwatch.StartNew();
        FuzzAnswer answer;
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            answer = new FuzzAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, clock.Elapsed);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"No answer within {AnswerBound.TotalSeconds} s: {replay}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Xunit.Sdk.XunitException)
        {
            // The test host rethrows what escaped the server's pipeline: in a real host, a dropped connection or a 500.
            throw new Xunit.Sdk.XunitException($"The server failed with {ex.GetType().Name}: {ex.Message}\n{replay}");
        }

        AssertWellFormed(answer, fuzz, replay);
        return answer;
    }

    public static void AssertWellFormed(FuzzAnswer answer, FuzzCase fuzz, string replay)
    {
        Assert.True((int)answer.Status < 500, $"A server error: {answer}\n{replay}");
        Assert.True(answer.IsSuccess || answer.IsRefusal, $"Neither 2xx nor 4xx: {answer}\n{replay}");
        if (fuzz.IsHuge)
        {
            Assert.True(answer.IsRefusal, $"A body of {fuzz.Body.Length / (1024 * 1024)} MB was accepted: {answer}\n{replay}");
            Assert.True(answer.Elapsed < HugeBound, $"A body of {fuzz.Body.Length / (1024 * 1024)} MB took {answer.Elapsed.TotalSeconds:F1} s to refuse\n{replay}");
        }

        if (!answer.IsRefusal)
        {
            return;
        }

        Assert.True(answer.MediaType == "application/problem+json", $"A refusal that is not problem+json: {answer}\n{replay}");
        var problem = answer.Json();
        Assert.True(problem is not null, $"A problem body that is not a JSON object: {answer}\n{replay}");
        Assert.True(problem!["title"] is JsonValue title && !string.IsNullOrWhiteSpace(title.GetValue<string>()), $"A problem without a title: {answer}\n{replay}");
        if (answer.Status == HttpStatusCode.BadRequest)
        {
            Assert.True(problem["errors"] is JsonObject errors && errors.Count > 0, $"A 400 that names no field or JSON path: {answer}\n{replay}");
        }
    }
}
