using Xunit.Sdk;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// Collects the cases that failed instead of stopping at the first, so one run shows every kind of failure; the
/// test fails at the end with all of them (up to <see cref="MaxKept"/>, then it stops early).
/// </summary>
public sealed class FuzzFindings
{
    private const int MaxKept = 20;
    private readonly List<string> failures = [];

    public bool Enough => failures.Count >= MaxKept;

    /// <summary>
    /// Runs cases 0 to <paramref name="cases"/> - 1 one after another, keeping the failures, until all ran or enough
    /// failed; then fails with every failure kept.
    /// </summary>
    public static async Task RunAllAsync(int cases, Func<int, Task> fuzzCase)
    {
        var findings = new FuzzFindings();
        for (var i = 0; i < cases && !findings.Enough; i++)
        {
            var index = i;
            await findings.CheckAsync(() => fuzzCase(index));
        }

        findings.AssertNone();
    }

    public async Task CheckAsync(Func<Task> fuzzCase)
    {
        try
        {
            await fuzzCase();
        }
        catch (XunitException failure)
        {
            failures.Add(failure.Message);
        }
    }

    public void AssertNone() =>
        Assert.True(failures.Count == 0, $"{failures.Count} fuzz case(s) failed{(Enough ? " (stopped early)" : "")}:\n\n{string.Join("\n\n", failures)}");
}
