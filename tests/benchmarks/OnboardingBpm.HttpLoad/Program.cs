using System.Diagnostics;
using System.Globalization;
using OnboardingBpm.HttpLoad;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(30),
};
var tokens = new DevelopmentTokens(client, options.Nodes[0]);
ILoadScenario scenario = options.Scenario == "onboarding"
    ? new OnboardingTriggerScenario(await tokens.ServiceAsync(cancel.Token), DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture))
    : new InboxScenario(await tokens.UserAsync(DevelopmentTokens.EnterpriseAgent, cancel.Token));
var openTasks = new OpenTasks(client, options.Nodes[0], await tokens.UserAsync(DevelopmentTokens.Admin, cancel.Token));
var run = new LoadRun(client, scenario, options.Nodes, options.Concurrency);
var trackBacklog = options.WaitWorkedOff && options.Scenario == "onboarding";
var workOffTimeout = TimeSpan.FromSeconds(120 + options.Requests / 2.0);

Console.WriteLine($"{options.Scenario}: {options.Requests} requests, {options.Concurrency} in flight, over {string.Join(", ", options.Nodes)} ({Environment.ProcessorCount} cores)");
var before = trackBacklog ? await openTasks.CountAsync(cancel.Token) : 0;
if (options.Warmup > 0)
{
    var warm = await run.RunAsync(0, options.Warmup, cancel.Token);
    Console.WriteLine($"  warm-up: {warm.Served} of {warm.Sent} served");
    if (trackBacklog && await openTasks.WaitForAsync(before + warm.Served, workOffTimeout, cancel.Token) is null)
    {
        return 1;
    }
}

var baseline = trackBacklog ? await openTasks.CountAsync(cancel.Token) : 0;
var measured = Stopwatch.StartNew();
var result = await run.RunAsync(options.Warmup, options.Requests, cancel.Token);
Console.WriteLine($"  {result.Served} of {result.Sent} served in {result.Elapsed.TotalSeconds:0.0} s; failures: "
    + (result.Failures.Count == 0 ? "none" : string.Join(", ", result.Failures.Select(f => $"{f.Key} × {f.Value}"))));

var workedOff = "";
if (trackBacklog)
{
    var done = await openTasks.WaitForAsync(baseline + result.Served, workOffTimeout, cancel.Token);
    workedOff = done is null ? "not within " + workOffTimeout : $"{measured.Elapsed.TotalSeconds:0.0} s ({result.Served / measured.Elapsed.TotalSeconds:0.0}/s)";
    Console.WriteLine($"  worked off (every first-contact task open): {workedOff}");
}

var l = result.Latency;
Console.WriteLine(FormattableString.Invariant(
    $"row: | {options.Label} | {options.Scenario} | {options.Nodes.Count} | {options.Concurrency} | {result.Sent} | {result.Sent - result.Served} | {result.Throughput:0.0} | {l.P50:0.0} | {l.P95:0.0} | {l.P99:0.0} | {l.Max:0} | {workedOff} |"));
return result.Served == result.Sent ? 0 : 1;
