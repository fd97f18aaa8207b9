using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding;

internal static class Paging
{
    /// <summary>Stores never return more than this many rows per page.</summary>
    public const int MaxTake = 500;

    public static int Take(int take) => Math.Clamp(take, 0, MaxTake);

    public static Page<T> ToPage<T>(this IEnumerable<T> ordered, int skip, int take)
    {
        var all = ordered.ToList();
        return new Page<T>(all.Skip(Math.Max(skip, 0)).Take(Take(take)).ToList(), all.Count);
    }
}
