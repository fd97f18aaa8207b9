using System.Globalization;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// How much to fuzz and from which seed. The test run uses a fixed seed and a few hundred cases per endpoint;
/// <c>ONBOARDINGBPM_FUZZ_CASES</c> asks for more, <c>ONBOARDINGBPM_FUZZ_SEED</c> replays a seed (or <c>random</c>
/// picks a fresh one, printed so its failures can be replayed).
/// </summary>
public sealed record FuzzSettings(int Seed, int Cases)
{
    public const int DefaultSeed = 20260302;

    public static FuzzSettings FromEnvironment(int defaultCases)
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
        return new FuzzSettings(seed, cases);
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
        $"{endpoint} case {index} ({description}); replay with ONBOARDINGBPM_FUZZ_SEED={Seed} ONBOARDINGBPM_FUZZ_CASES={Cases}";

    public void Announce(string endpoint) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"fuzz {endpoint}: seed {Seed}, {Cases} cases");
}
