using System.Collections.Concurrent;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// What "nothing lost, nothing twice" means for an instance: it finished, each counting script after a wait
/// ran once (its variable is 1), and the journal shows each listed activity completed exactly once.
/// </summary>
public sealed record ExactlyOnce(IReadOnlyList<string> Activities, IReadOnlyList<string> Counters)
{
    /// <summary>One line per instance and check that failed; empty when every instance is right.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(EngineClient api, IEnumerable<string> instanceIds, CancellationToken cancellationToken)
    {
        var problems = new ConcurrentBag<string>();
        await Bounded.ForEachAsync(instanceIds, async (id, token) =>
        {
            var instance = await api.GetAsync(id, token);
            if (instance.Status != "Finished")
            {
                problems.Add($"{id} is {instance.Status}");
            }

            foreach (var counter in Counters)
            {
                if (instance.Variables.GetValueOrDefault(counter)?.GetValue<double>() != 1)
                {
                    problems.Add($"{id}: {counter} is {instance.Variables.GetValueOrDefault(counter)?.ToJsonString() ?? "missing"}");
                }
            }

            var completed = (await api.JournalAsync(id, token)).Where(e => e.EventType == "Completed").CountBy(e => e.ActivityId).ToDictionary();
            foreach (var activity in Activities)
            {
                if (completed.GetValueOrDefault(activity) != 1)
                {
                    problems.Add($"{id}: {activity} completed {completed.GetValueOrDefault(activity)} times");
                }
            }
        }, cancellationToken);
        return [.. problems.Order(StringComparer.Ordinal)];
    }
}
