using System.Text.Json.Nodes;

namespace OnboardingBpm.Benchmarks.Flows;

/// <summary>The definitions the benchmarks run; the JSON sits beside this file and is embedded in the assembly.</summary>
public static class BenchmarkFlows
{
    public const string TenActivities = "bench-ten-activities";

    public static IReadOnlyList<string> All { get; } = ["ten-activities", "approval"];

    public static string Read(string name)
    {
        using var stream = typeof(BenchmarkFlows).Assembly.GetManifestResourceStream($"Flows.{name}.json")
            ?? throw new InvalidOperationException($"Flow '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Amounts cycle through the three tiers so every branch of the flow is taken.</summary>
    public static JsonObject Input(int i) => new()
    {
        ["amount"] = (i % 3) switch { 0 => 500, 1 => 2_000, _ => 8_000 },
        ["customer"] = "Customer " + i,
    };
}
