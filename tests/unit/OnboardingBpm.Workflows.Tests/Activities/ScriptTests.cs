using System.Globalization;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Activities;

public sealed class ScriptTests
{
    [Fact]
    public async Task a_script_changes_variables_and_its_result_goes_to_the_mapped_variable()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("script",
            [
                Activity("start", "Start"),
                Activity("calc", "Script", new() { ["code"] = "variables.count = variables.count + 1;\nvariables.count * 10" }).WithOutput("Result", "result"),
            ],
            [Connect("start", "calc")],
            [Variable("count", "Number", 1), Variable("result", "Number")]));

        var instance = await engine.StartAsync("script");

        Assert.Equal(2, instance.Variables["count"]!.GetValue<double>());
        Assert.Equal(20, instance.Variables["result"]!.GetValue<double>());
    }

    [Fact]
    public async Task a_script_error_becomes_an_incident_naming_the_error_and_its_line_and_column()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("broken",
            [Activity("start", "Start"), Activity("calc", "Script", new() { ["code"] = "var total = 1;\nvariables.total = total;\n  throw new Error('ledger unavailable');" })],
            [Connect("start", "calc")],
            [Variable("total", "Number", 0)]));

        var instance = await engine.StartAsync("broken");

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Contains("ledger unavailable", incident.Message, StringComparison.Ordinal);
        // Jint places a thrown Error where it was constructed: `new Error` starts at column 9.
        Assert.Contains("(line 3, column 9)", incident.Message, StringComparison.Ordinal);
        Assert.Equal(0, instance.Variables["total"]!.GetValue<double>());
    }

    [Fact(Timeout = 30_000)]
    public async Task a_runaway_script_is_stopped_by_the_sandbox_and_becomes_an_incident()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("spin",
            [Activity("start", "Start"), Activity("spin", "Script", new() { ["code"] = "while (true) { }" })],
            [Connect("start", "spin")]));

        var instance = await engine.StartAsync("spin");

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Contains("stopped by the sandbox", incident.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System")]
    [InlineData("importNamespace('System.IO')", "importNamespace")]
    [InlineData("clr.System.Environment.Exit(1)", "clr")]
    public async Task scripts_cannot_reach_dotnet(string code, string missing)
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("escape",
            [Activity("start", "Start"), Activity("escape", "Script", new() { ["code"] = code })],
            [Connect("start", "escape")]));

        var instance = await engine.StartAsync("escape");

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(await engine.Stores.Incidents.ListAsync(instance.Id, openOnly: true));
        Assert.Contains($"{missing} is not defined", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task new_date_and_now_in_scripts_read_the_engine_clock()
    {
        await using var engine = new EngineHarness();
        engine.Clock.Advance(TimeSpan.FromDays(400) + TimeSpan.FromMinutes(17));
        await engine.PublishAsync(Flow("clock",
            [Activity("start", "Start"), Activity("read", "Script", new() { ["code"] = "variables.date = new Date().toISOString(); variables.now = now();" })],
            [Connect("start", "read")],
            [Variable("date", "String"), Variable("now", "String")]));

        var instance = await engine.StartAsync("clock");

        var expected = engine.Clock.GetUtcNow();
        Assert.Equal(expected, DateTimeOffset.Parse(instance.Variables["date"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal(expected, DateTimeOffset.Parse(instance.Variables["now"]!.GetValue<string>(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task a_script_after_a_delay_sees_the_time_the_clock_moved_to()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Flow("later",
            [
                Activity("start", "Start"),
                Activity("before", "Script", new() { ["code"] = "variables.started = now()" }),
                Activity("wait", "Delay", new() { ["duration"] = "P3D" }),
                Activity("after", "Script", new() { ["code"] = "variables.elapsed = hoursBetween(variables.started, new Date().toISOString())" }),
            ],
            [Connect("start", "before"), Connect("before", "wait"), Connect("wait", "after")],
            [Variable("started", "String"), Variable("elapsed", "Number")]));
        var instance = await engine.StartAsync("later");

        await engine.AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));

        Assert.Equal(74, (await engine.InstanceAsync(instance.Id)).Variables["elapsed"]!.GetValue<double>());
    }
}
