using OnboardingBpm.Workflows.Bookmarks;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Tests.Support;

namespace OnboardingBpm.Workflows.Tests.Patterns;

/// <summary>A fresh engine with one pattern definition from this folder published, and readers for its state.</summary>
internal static class PatternEngine
{
    public static async Task<EngineHarness> LoadAsync(string file)
    {
        var engine = new EngineHarness();
        try
        {
            await engine.PublishFileAsync(Path.Combine("Patterns", file));
            return engine;
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }
    }

    public static double Number(this WorkflowInstance instance, string variable) => instance.Variables[variable]!.GetValue<double>();

    public static string Text(this WorkflowInstance instance, string variable) => instance.Variables[variable]!.GetValue<string>();

    public static bool Flag(this WorkflowInstance instance, string variable) => instance.Variables[variable]!.GetValue<bool>();

    public static int CountOf(this IEnumerable<string> activityIds, string activityId) => activityIds.Count(id => id == activityId);

    /// <summary>Which of <paramref name="bookmarks"/> the bookmark store still holds (a withdrawn one must be gone).</summary>
    public static async Task<IReadOnlyList<Bookmark>> StillStoredAsync(this EngineHarness engine, IEnumerable<Bookmark> bookmarks)
    {
        var stored = new List<Bookmark>();
        foreach (var bookmark in bookmarks)
        {
            if (await engine.Stores.Bookmarks.FindAsync(bookmark.Id) is { } found)
            {
                stored.Add(found);
            }
        }

        return stored;
    }
}
