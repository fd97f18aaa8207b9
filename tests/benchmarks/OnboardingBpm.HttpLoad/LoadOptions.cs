using System.Globalization;

namespace OnboardingBpm.HttpLoad;

/// <summary>
/// The command line: <c>&lt;onboarding|inbox&gt; --nodes http://127.0.0.1:5180,... [--requests N] [--concurrency C]
/// [--warmup W] [--label text] [--wait-worked-off]</c>. Every address must be a loopback one.
/// </summary>
internal sealed record LoadOptions(string Scenario, IReadOnlyList<Uri> Nodes, int Requests, int Concurrency, int Warmup, string Label, bool WaitWorkedOff)
{
    public const string Usage =
        "usage: <onboarding|inbox> --nodes http://127.0.0.1:PORT[,...] [--requests N (1..1000000, default 2000)] "
        + "[--concurrency C (1..512, default 16)] [--warmup W (default 100)] [--label text] [--wait-worked-off]";

    private const int MaxRequests = 1_000_000;
    private const int MaxConcurrency = 512;

    public static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("onboarding" or "inbox"))
        {
            throw new ArgumentException(Usage);
        }

        var nodes = new List<Uri>();
        int requests = 2000, concurrency = 16, warmup = 100;
        var label = "";
        var waitWorkedOff = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--wait-worked-off")
            {
                waitWorkedOff = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            switch (args[i - 1])
            {
                case "--nodes":
                    nodes.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(LoopbackAddress));
                    break;
                case "--requests":
                    requests = Bounded(value, "--requests", 1, MaxRequests);
                    break;
                case "--concurrency":
                    concurrency = Bounded(value, "--concurrency", 1, MaxConcurrency);
                    break;
                case "--warmup":
                    warmup = Bounded(value, "--warmup", 0, MaxRequests);
                    break;
                case "--label":
                    label = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i - 1]}. {Usage}");
            }
        }

        if (nodes.Count == 0)
        {
            throw new ArgumentException($"--nodes is required. {Usage}");
        }

        return new LoadOptions(args[0], nodes, requests, concurrency, warmup, label, waitWorkedOff);
    }

    private static int Bounded(string value, string option, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max}, not '{value}'.");

    /// <summary>Load is only ever aimed at this machine: anything but a loopback address is refused.</summary>
    private static Uri LoopbackAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"--nodes: '{text}' is not an http(s) loopback address (127.0.0.1 or localhost).");
}
