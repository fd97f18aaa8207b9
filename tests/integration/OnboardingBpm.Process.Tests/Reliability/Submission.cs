using System.Text.Json.Nodes;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>One web-form submission: its id is the Idempotency-Key and (as web-{id}) the Salesforce transaction id.</summary>
public sealed record Submission(string Id, string Company, string ContactName, string Email, string Segment)
{
    private static readonly string[] Segments = ["enterprise", "mid-market", "smb"];

    public string TransactionId => "web-" + Id;

    /// <summary><paramref name="count"/> distinct submissions; <paramref name="run"/> keeps runs apart in the logs.</summary>
    public static IReadOnlyList<Submission> Batch(string run, int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Submission(
            $"{run}-{i:00000}",
            $"Company {run} {i:00000}",
            $"Contact {i:00000}",
            $"contact-{run}-{i:00000}@customer{i % 97}.example",
            Segments[i % Segments.Length]))];

    public JsonObject Form() => new()
    {
        ["submissionId"] = Id,
        ["company"] = Company,
        ["contactName"] = ContactName,
        ["email"] = Email,
        ["segment"] = Segment,
    };
}
