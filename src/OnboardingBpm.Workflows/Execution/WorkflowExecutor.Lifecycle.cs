using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.HumanTasks;

namespace OnboardingBpm.Workflows.Execution;

/// <summary>How a burst ends: the instance's new status, withdrawn branches, the parent told about the child.</summary>
public sealed partial class WorkflowExecutor
{
    private static void Conclude(BurstState burst)
    {
        var instance = burst.Instance;
        if (burst.Finished || (instance.Bookmarks.Count == 0 && instance.OpenExecutions.Count == 0))
        {
            instance.Status = WorkflowStatus.Finished;
            instance.FinishedAt = burst.Now;
            foreach (var output in burst.Graph.Definition.Outputs)
            {
                if (instance.Variables.TryGetValue(output.Name, out var value))
                {
                    instance.Output[output.Name] = value?.DeepClone();
                }
            }

            NotifyParent(burst);
        }
        else
        {
            instance.Status = instance.OpenExecutions.Values.Any(e => e.Status == ActivityExecutionStatus.Faulted)
                ? WorkflowStatus.Faulted
                : WorkflowStatus.Suspended;
        }

        Seal(burst);
    }

    private static void Seal(BurstState burst)
    {
        burst.Instance.UpdatedAt = burst.Now;
        burst.Instance.Revision++;
    }

    /// <summary>A child run by RunWorkflow tells its parent through the outbox, after its own commit.</summary>
    private static void NotifyParent(BurstState burst)
    {
        var instance = burst.Instance;
        if (instance.ParentInstanceId is null || instance.ParentBookmarkId is null)
        {
            return;
        }

        burst.Commit.Outbox.Add(new OutboxMessage
        {
            Id = burst.NewId(),
            Type = OutboxMessageTypes.ChildEnded,
            InstanceId = instance.Id,
            CreatedAt = burst.Now,
            Payload = new()
            {
                ["parentInstanceId"] = instance.ParentInstanceId,
                ["parentBookmarkId"] = instance.ParentBookmarkId,
                ["childInstanceId"] = instance.Id,
                ["status"] = instance.Status.ToString(),
                ["output"] = instance.Output.DeepClone(),
            },
        });
    }

    /// <summary>Finish: the workflow ends now, whatever other branches were doing.</summary>
    private static void Finish(BurstState burst)
    {
        burst.Finished = true;
        burst.Queue.Clear();
        Withdraw(burst, burst.Instance.Bookmarks.ToList());
        burst.Instance.OpenExecutions.Clear();
    }

    /// <summary>
    /// A WaitAny join fired: tokens still queued for the join itself (branches that arrived in the same burst)
    /// or for activities that could reach it, and bookmarks held by those activities, are withdrawn, and joins
    /// among them forget partial arrivals. This makes deferred choice
    /// (event vs timer) and cancel-activity patterns deterministic, also inside loops.
    /// </summary>
    private static void CancelUpstream(BurstState burst, string joinId)
    {
        var upstream = burst.Graph.AncestorsOf(joinId);
        for (var node = burst.Queue.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value.ActivityId == joinId || upstream.Contains(node.Value.ActivityId))
            {
                burst.Queue.Remove(node);
            }

            node = next;
        }

        Withdraw(burst, burst.Instance.Bookmarks.Where(b => b.ActivityId != joinId && upstream.Contains(b.ActivityId)).ToList());
        foreach (var id in upstream.Where(id => id != joinId))
        {
            burst.Instance.ActivityStates.Remove(id);
        }
    }

    private static void Withdraw(BurstState burst, IReadOnlyList<Bookmark> bookmarks)
    {
        foreach (var bookmark in bookmarks)
        {
            Burn(burst, bookmark);
            if (bookmark.Type == BookmarkTypes.UserTask && bookmark.CorrelationKey is { } taskId)
            {
                burst.Commit.TaskUpdates.Add(new TaskUpdate(taskId, HumanTaskStatus.Cancelled));
            }
        }

        foreach (var execution in bookmarks.Select(b => (b.ExecutionId, b.ActivityId)).Distinct())
        {
            burst.Instance.OpenExecutions.Remove(execution.ExecutionId);
            burst.Commit.Journal.Add(new JournalEntry
            {
                InstanceId = burst.Instance.Id,
                Sequence = burst.NextJournalSequence(),
                ExecutionId = execution.ExecutionId,
                ActivityId = execution.ActivityId,
                ActivityType = burst.Graph.Activities[execution.ActivityId].Descriptor.Type,
                EventType = JournalEventType.Cancelled,
                StartedAt = burst.Now,
                CompletedAt = burst.Now,
            });
        }
    }

    private static void Burn(BurstState burst, Bookmark bookmark)
    {
        burst.Instance.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        if (!burst.Commit.AddedBookmarks.Remove(bookmark))
        {
            burst.Commit.RemovedBookmarks.Add(bookmark);
        }
    }
}
