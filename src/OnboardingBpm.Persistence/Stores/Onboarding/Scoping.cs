using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores.Onboarding;

internal static class Scoping
{
    private const int MaxTake = 500;

    /// <summary>The segment filter as SQL (IN / = ANY): rows of other segments are never read.</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> rows, SegmentScope scope)
        where T : class, ISegmentedRow
    {
        if (scope.Segments is null)
        {
            return rows;
        }

        var segments = scope.Segments.ToList();
        return rows.Where(r => segments.Contains(r.Segment));
    }

    public static async Task<Page<TOut>> PageAsync<TRow, TOut>(this IQueryable<TRow> ordered, int skip, int take, Func<TRow, TOut> map, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var rows = await ordered.Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 0, MaxTake)).ToListAsync(cancellationToken);
        return new Page<TOut>(rows.Select(map).ToList(), total);
    }
}
