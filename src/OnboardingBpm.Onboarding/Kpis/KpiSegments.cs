namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>Customer segments as the report groups them, plus the pseudo-segment of every segment together.</summary>
public static class KpiSegments
{
    public const string All = "all";

    public static bool Includes(string segment, string factSegment) =>
        segment == All || string.Equals(segment, factSegment, StringComparison.OrdinalIgnoreCase);

    /// <summary>"all" first, then the known segments in their order, then any other segment the facts name.</summary>
    public static IReadOnlyList<string> ForReport(IEnumerable<string> known, IEnumerable<string> seen)
    {
        var segments = new List<string> { All };
        foreach (var segment in known.Concat(seen.Order(StringComparer.Ordinal)))
        {
            if (!segments.Contains(segment, StringComparer.OrdinalIgnoreCase))
            {
                segments.Add(segment);
            }
        }

        return segments;
    }
}
