using System.Globalization;
using OnboardingBpm.Persistence;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// How much to fuzz, from which seed, on which database. The test run uses a fixed seed and a few hundred cases per
/// endpoint; <c>ONBOARDINGBPM_FUZZ_CASES</c> asks for more, <c>ONBOARDINGBPM_FUZZ_SEED</c> replays a seed (or
/// <c>random</c> picks a fresh one, printed so its failures can be replayed). A seed draws the same cases on either
/// database, so a failure on one replays on the other.
/// </summary>
public sealed record FuzzSettings(int Seed, int Cases, DatabaseProvider Database)
{
    public const int DefaultSeed = 20260302;

    /// <summary>
    /// Cases per endpoint in the test run, on each database: 300 take 1.4 to 1.8 min per database on 2 cores
    /// (PostgreSQL no slower than SQLite), the three endpoints in parallel.
    /// </summary>
    public const int DefaultCases = 300;

    public static FuzzSettings FromEnvironment(int defaultCases, DatabaseProvider database)
    {
        var seedText = Environment.GetEnvironmentVariable("ONBOARDINGBPM_FUZZ_SEED");
        var seed = seedText switch
        {
            null or "" => DefaultSeed,
            "random" => Random.Shared.Next(),
            _ => int.Parse(seedText, CultureInfo.InvariantCulture),
        };
        var casesText = Environment.GetEnvironmentVariable("ONBOARDINGBPM_FUZZ_CASES");
        var cases = string.IsNullOrEmpty(casesText) ? defaultCases : int.Parse(casesText, CultureInfo.InvariantCulture);
        return new FuzzSettings(seed, cases, database);
    }

    /// <summary>
    /// Each case draws from its own generator, so case N is the same whatever ran before it: a failure names the
    /// seed and the case, and the replay reaches it again.
    /// </summary>
    public Random RandomFor(string endpoint, int index)
    {
        var mixed = (uint)Seed;
        foreach (var c in endpoint)
        {
            mixed = (mixed ^ c) * 16_777_619u;
        }

        return new Random((int)((mixed ^ (uint)index) * 2_654_435_761u));
    }

    public string Replay(string endpoint, int index, string description) =>
        $"{endpoint} case {index} on {Database} ({description}); replay with ONBOARDINGBPM_FUZZ_SEED={Seed} ONBOARDINGBPM_FUZZ_CASES={Cases}";

    public void Announce(string endpoint) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"fuzz {endpoint} on {Database}: seed {Seed}, {Cases} cases");
}
