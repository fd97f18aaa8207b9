using OnboardingBpm.Persistence;

namespace OnboardingBpm.LoadHarness;

/// <summary>The command line: <c>&lt;scenario&gt; [--provider sqlite|postgres|both] [--count N]</c>.</summary>
internal sealed record HarnessOptions(string Scenario, IReadOnlyList<DatabaseProvider> Providers, int? Count)
{
    public const string Usage = "usage: <durable|rawcommit|peershape|timers|memory> [--provider sqlite|postgres|both] [--count N]";

    public static HarnessOptions Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException(Usage);
        }

        IReadOnlyList<DatabaseProvider>? providers = null;
        int? count = null;
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            switch (args[i])
            {
                case "--provider":
                    providers = ParseProviders(value);
                    break;
                case "--count":
                    count = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. {Usage}");
            }

            i++;
        }

        return new HarnessOptions(args[0], providers ?? DefaultProviders(args[0]), count);
    }

    // Throughput compares both databases by default; timers and memory are about the embedded default.
    private static IReadOnlyList<DatabaseProvider> DefaultProviders(string scenario) =>
        scenario is "durable" or "rawcommit" or "peershape" ? [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql] : [DatabaseProvider.Sqlite];

    private static IReadOnlyList<DatabaseProvider> ParseProviders(string value) => value switch
    {
        "sqlite" => [DatabaseProvider.Sqlite],
        "postgres" => [DatabaseProvider.PostgreSql],
        "both" => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql],
        _ => throw new ArgumentException($"Unknown provider {value}. {Usage}"),
    };
}
