namespace OnboardingBpm.Onboarding;

/// <summary>
/// The customer segments a query may return: the caller passes the agent's segments, or <see cref="All"/> for
/// roles that see every segment. Stores apply it in the query itself, so rows of another segment are never
/// loaded (RBAC never filters after the fact).
/// </summary>
public sealed record SegmentScope(IReadOnlyCollection<string>? Segments)
{
    public static readonly SegmentScope All = new((IReadOnlyCollection<string>?)null);

    public static SegmentScope Only(params string[] segments) => new(segments);

    public bool Includes(string segment) => Segments is null || Segments.Contains(segment, StringComparer.Ordinal);
}

/// <summary>The customer segments the application knows.</summary>
public static class Segments
{
    public const string Enterprise = "enterprise";
    public const string MidMarket = "mid-market";
    public const string Smb = "smb";

    public static readonly IReadOnlyList<string> All = [Enterprise, MidMarket, Smb];
}
