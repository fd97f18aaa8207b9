using OnboardingBpm.LoadHarness;
using OnboardingBpm.LoadHarness.Scenarios;

HarnessOptions options;
try
{
    options = HarnessOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

Console.WriteLine($"OnboardingBpm load harness: {options.Scenario}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
switch (options.Scenario)
{
    case "durable":
        await DurableScenario.RunAsync(options);
        break;
    case "rawcommit":
        await RawCommitScenario.RunAsync(options);
        break;
    case "peershape":
        await PeerShapeScenario.RunAsync(options);
        break;
    case "timers":
        await TimerScenario.RunAsync(options);
        break;
    case "memory":
        await MemoryScenario.RunAsync(options);
        break;
    default:
        Console.Error.WriteLine(HarnessOptions.Usage);
        return 2;
}

return 0;
