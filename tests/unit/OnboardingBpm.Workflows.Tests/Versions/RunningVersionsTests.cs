using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using OnboardingBpm.Workflows.Tests.Support;
using static OnboardingBpm.Workflows.Tests.Support.Workflows;

namespace OnboardingBpm.Workflows.Tests.Versions;

/// <summary>Instances stay on the version they started on; new starts take the newest version still published.</summary>
public sealed class RunningVersionsTests
{
    /// <summary>Waits for "go", then takes a path that only this version has.</summary>
    private static string Waiting(string path) => Flow("review",
        [
            Activity("start", "Start"),
            Activity("go", "Event", new() { ["eventName"] = "go" }),
            Activity(path, "SetVariable", new() { ["variable"] = "path", ["value"] = path }),
        ],
        [Connect("start", "go"), Connect("go", path)],
        [Variable("path", "String")]);

    private static string Endpoint(string route, string marker) => Flow("signup",
        [Activity("request", "HttpEndpoint", new() { ["path"] = route }), Activity("mark", "SetVariable", new() { ["variable"] = "marker", ["value"] = marker })],
        [Connect("request", "mark")],
        [Variable("marker", "String")]);

    private static Task<WorkflowRunResult?> PostAsync(EngineHarness engine, string path) =>
        engine.Runtime.HandleHttpAsync(new HttpWorkflowRequest("POST", path) { Body = new JsonObject() });

    [Fact]
    public async Task a_running_instance_follows_the_graph_of_the_version_it_started_on()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Waiting("first-path"));
        var started = await engine.StartAsync("review");

        await engine.PublishAsync(Waiting("second-path"));
        var run = await engine.Runtime.ResumeBookmarkAsync(Assert.Single(started.Bookmarks).Id, null);

        var instance = run.Run!.Instance;
        Assert.Equal((WorkflowStatus.Finished, 1), (instance.Status, instance.DefinitionVersion));
        Assert.Equal("first-path", instance.Variables["path"]!.GetValue<string>());
        Assert.Equal(["start", "go", "first-path"], await engine.CompletedActivitiesAsync(instance.Id));
    }

    [Fact]
    public async Task new_starts_use_the_latest_published_version()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Waiting("first-path"));
        await engine.PublishAsync(Waiting("second-path"));

        var instance = await engine.StartAsync("review");
        var finished = (await engine.Runtime.ResumeBookmarkAsync(Assert.Single(instance.Bookmarks).Id, null)).Run!.Instance;

        Assert.Equal(2, instance.DefinitionVersion);
        Assert.Equal("second-path", finished.Variables["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task retracting_the_latest_version_makes_new_starts_use_the_previous_one()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Waiting("first-path"));
        await engine.PublishAsync(Waiting("second-path"));
        var onSecond = await engine.StartAsync("review");

        await engine.Definitions.RetractAsync("review", 2);

        Assert.Equal(1, (await engine.StartAsync("review")).DefinitionVersion);
        var resumed = (await engine.Runtime.ResumeBookmarkAsync(Assert.Single(onSecond.Bookmarks).Id, null)).Run!.Instance;
        Assert.Equal("second-path", resumed.Variables["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_retracted_version_named_explicitly_cannot_start_new_instances()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Waiting("first-path"));
        await engine.PublishAsync(Waiting("second-path"));
        await engine.Definitions.RetractAsync("review", 2);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Runtime.StartAsync(new StartWorkflowRequest("review") { Version = 2 }));
        Assert.Equal(1, (await engine.Runtime.StartAsync(new StartWorkflowRequest("review") { Version = 1 })).Instance.DefinitionVersion);
    }

    [Fact]
    public async Task retracting_a_version_moves_the_http_trigger_back_to_the_previous_route()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Endpoint("/signup", "v1"));
        await engine.PublishAsync(Endpoint("/signup-v2", "v2"));
        Assert.Null(await PostAsync(engine, "/signup"));
        Assert.Equal(2, (await PostAsync(engine, "/signup-v2"))!.Instance.DefinitionVersion);

        await engine.Definitions.RetractAsync("signup", 2);

        Assert.Null(await PostAsync(engine, "/signup-v2"));
        var restored = (await PostAsync(engine, "/signup"))!.Instance;
        Assert.Equal((1, "v1"), (restored.DefinitionVersion, restored.Variables["marker"]!.GetValue<string>()));
        Assert.Equal(["signup:1:request"], (await engine.Stores.Triggers.ListAllAsync()).Select(t => t.Id));
    }

    [Fact]
    public async Task retracting_the_only_version_leaves_nothing_to_start()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Endpoint("/signup", "v1"));

        await engine.Definitions.RetractAsync("signup", 1);

        Assert.Null(await PostAsync(engine, "/signup"));
        Assert.Empty(await engine.Stores.Triggers.ListAllAsync());
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.StartAsync("signup"));
    }

    [Fact]
    public async Task retracting_a_version_twice_is_a_conflict()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Waiting("first-path"));
        await engine.Definitions.RetractAsync("review", 1);

        var error = await Assert.ThrowsAsync<WorkflowConflictException>(() => engine.Definitions.RetractAsync("review", 1));

        Assert.Equal("Version 1 of 'review' is already retracted.", error.Message);
    }

    [Fact]
    public async Task retracting_a_version_that_does_not_exist_is_not_found()
    {
        await using var engine = new EngineHarness();
        await engine.PublishAsync(Waiting("first-path"));

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.Definitions.RetractAsync("review", 2));
    }
}
