using System.Globalization;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Access;
using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Server.Features.Kpis;

/// <summary>The KPI endpoints' query filters: a segment (or "all") within the caller's grant, and days as yyyy-MM-dd.</summary>
internal static class KpiFilters
{
    /// <summary>
    /// The segments the caller may see: every segment and "all" for the roles that see all segments, the assigned
    /// ones for an agent. "all" aggregates every segment, so an agent cannot ask for it.
    /// </summary>
    public static IReadOnlyList<string> Visible(AccessGrant grant) =>
        grant.SeesAllSegments ? [KpiSegments.All, .. Segments.All] : grant.Segments;

    /// <summary>The one segment asked for (canonical spelling), or null for every visible one.</summary>
    public static string? Segment(AccessGrant grant, string? segment, List<ValidationProblem> problems)
    {
        if (segment is null)
        {
            return null;
        }

        string[] known = [KpiSegments.All, .. Segments.All];
        var match = known.FirstOrDefault(s => string.Equals(s, segment, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            problems.Add(new("segment", $"must be one of {string.Join(", ", known)}"));
        }
        else if (!Visible(grant).Contains(match, StringComparer.Ordinal))
        {
            problems.Add(new("segment", "must be one of your segments"));
        }

        return match;
    }

    public static DateOnly? Day(string? value, string field, List<ValidationProblem> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add(new(field, "must be a date written yyyy-MM-dd"));
        return null;
    }

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
