using BenchmarkDotNet.Running;
using OnboardingBpm.Benchmarks;

// `--quick` is a stopwatch run of a few seconds; anything else goes to BenchmarkDotNet (--filter, --job ...).
if (args.Contains("--quick"))
{
    await QuickRun.RunAsync(Console.Out);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickRun).Assembly).Run(args);
}
