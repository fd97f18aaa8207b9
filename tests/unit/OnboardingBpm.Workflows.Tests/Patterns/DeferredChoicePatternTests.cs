using System.Text.Json.Nodes;
using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>WCP-16: an event and a timer race into a WaitAny join; whichever comes first withdraws the other.</summary>
public sealed class DeferredChoicePatternTests
{
    private static readonly JsonObject Case = new() { ["caseId"] = "C-7" };

    [Fact]
    public async Task the_event_arriving_first_cancels_the_timer()
    {
        await using var engine = await PatternEngine.LoadAsync("deferred-choice.json");
        var started = await engine.StartAsync("pattern-deferred-choice", Case.DeepClone().AsObject());
        Assert.Equal(WorkflowStatus.Suspended, started.Status);
        Assert.Equal([BookmarkTypes.Delay, BookmarkTypes.Event], started.Bookmarks.Select(b => b.Type).Order(StringComparer.Ordinal));

        var otherCase = await engine.Runtime.PublishEventAsync("pattern.deferred.replied", "C-8", null);
        var published = await engine.Runtime.PublishEventAsync("pattern.deferred.replied", "C-7", null);

        Assert.Empty(otherCase.ResumedInstanceIds);
        Assert.Equal([started.Id], published.ResumedInstanceIds);
        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal("reply", instance.Text("winner"));
        Assert.Equal(1, instance.Number("decisions"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(await engine.StillStoredAsync(started.Bookmarks));

        var fired = await engine.AdvanceAsync(TimeSpan.FromHours(72));

        Assert.Equal(0, fired);
        var later = await engine.InstanceAsync(started.Id);
        Assert.Equal("reply", later.Text("winner"));
        Assert.Equal(1, later.Number("decisions"));
        Assert.Equal(WorkflowStatus.Finished, later.Status);
        var completed = await engine.CompletedActivitiesAsync(started.Id);
        Assert.DoesNotContain("deadline", completed);
        Assert.DoesNotContain("took-deadline", completed);
    }

    [Fact]
    public async Task the_timer_firing_first_withdraws_the_event_wait()
    {
        await using var engine = await PatternEngine.LoadAsync("deferred-choice.json");
        var started = await engine.StartAsync("pattern-deferred-choice", Case.DeepClone().AsObject());

        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(47)));
        Assert.Equal(WorkflowStatus.Suspended, (await engine.InstanceAsync(started.Id)).Status);
        Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromHours(1)));

        var instance = await engine.InstanceAsync(started.Id);
        Assert.Equal("deadline", instance.Text("winner"));
        Assert.Equal(1, instance.Number("decisions"));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.Bookmarks);
        Assert.Empty(await engine.StillStoredAsync(started.Bookmarks));

        var published = await engine.Runtime.PublishEventAsync("pattern.deferred.replied", "C-7", null);

        Assert.Empty(published.ResumedInstanceIds);
        var later = await engine.InstanceAsync(started.Id);
        Assert.Equal("deadline", later.Text("winner"));
        Assert.Equal(1, later.Number("decisions"));
        Assert.DoesNotContain("took-reply", await engine.CompletedActivitiesAsync(started.Id));
    }

    [Fact]
    public async Task a_deferred_choice_inside_a_loop_waits_again_after_each_timer_until_the_event_wins()
    {
        await using var engine = await PatternEngine.LoadAsync("deferred-choice-loop.json");
        var instance = await engine.StartAsync("pattern-deferred-choice-loop", Case.DeepClone().AsObject());

        for (var day = 1; day <= 2; day++)
        {
            Assert.Equal(1, await engine.AdvanceAsync(TimeSpan.FromDays(1)));

            instance = await engine.InstanceAsync(instance.Id);
            Assert.Equal(day, instance.Number("reminders"));
            Assert.Equal(WorkflowStatus.Suspended, instance.Status);
            Assert.Equal([BookmarkTypes.Delay, BookmarkTypes.Event], instance.Bookmarks.Select(b => b.Type).Order(StringComparer.Ordinal));
        }

        var published = await engine.Runtime.PublishEventAsync("pattern.reminders.replied", "C-7", null);

        Assert.Equal([instance.Id], published.ResumedInstanceIds);
        var replied = await engine.InstanceAsync(instance.Id);
        Assert.True(replied.Flag("replied"));
        Assert.Equal(2, replied.Number("reminders"));
        Assert.Equal(WorkflowStatus.Finished, replied.Status);
        Assert.Empty(replied.Bookmarks);
        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromDays(2)));
        Assert.Equal(2, (await engine.InstanceAsync(instance.Id)).Number("reminders"));
    }
}
