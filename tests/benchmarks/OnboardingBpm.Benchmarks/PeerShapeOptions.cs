using System.Globalization;

namespace OnboardingBpm.Benchmarks;

/// <summary><c>--peer-shape [--count N] [--warmup-seconds S] [--waiting K]</c>; the defaults match scripts/benchmark-peers.sh.</summary>
public sealed record PeerShapeOptions(int Count, TimeSpan WarmUp, int Waiting)
{
    public const string Usage = "usage: --peer-shape [--count N] [--warmup-seconds S] [--waiting K]";

    public static PeerShapeOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PeerShapeOptions(Count: 2_000, WarmUp: TimeSpan.FromSeconds(10), Waiting: 1_000);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--peer-shape")
            {
                continue;
            }

            var value = i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var parsed) && parsed >= 0
                ? parsed
                : throw new ArgumentException($"{args[i]} needs a whole number. {Usage}");
            options = args[i] switch
            {
                "--count" when value > 0 => options with { Count = value },
                "--warmup-seconds" => options with { WarmUp = TimeSpan.FromSeconds(value) },
                "--waiting" when value > 0 => options with { Waiting = value },
                _ => throw new ArgumentException($"Unknown option or value {args[i]} {value}. {Usage}"),
            };
            i++;
        }

        return options;
    }
}
