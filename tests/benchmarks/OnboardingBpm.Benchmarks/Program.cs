using BenchmarkDotNet.Running;
using OnboardingBpm.Benchmarks;

// `--quick` is a stopwatch run of a few seconds; `--peer-shape` is the in-memory half of
// scripts/benchmark-peers.sh; anything else goes to BenchmarkDotNet (--filter, --job ...).
if (args.Contains("--quick"))
{
    await QuickRun.RunAsync(Console.Out);
}
else if (args.Contains("--peer-shape"))
{
    PeerShapeOptions options;
    try
    {
        options = PeerShapeOptions.Parse(args);
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine(ex.Message);
        return 2;
    }

    await PeerShapeRun.RunAsync(options, Console.Out);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
}

return 0;
