using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Access;

namespace OnboardingBpm.Server.Errors;

/// <summary>The query-string filters list endpoints share: an enum by name, and a segment narrowed to the caller's grant.</summary>
public static class Filters
{
    /// <summary>Names only: a number would slip through <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> as any value.</summary>
    public static TEnum? Enum<TEnum>(string? value, string field, List<ValidationProblem> problems)
        where TEnum : struct, System.Enum
    {
        if (value is null)
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(value, true, out var parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        problems.Add(new(field, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}"));
        return null;
    }

    /// <summary>
    /// The store scope for a list: the caller's whole grant, or the one segment asked for when the grant includes it.
    /// A segment outside the grant is a bad filter rather than an empty page, so the caller learns why.
    /// </summary>
    public static SegmentScope Segment(AccessGrant grant, string? segment, List<ValidationProblem> problems)
    {
        if (segment is null)
        {
            return grant.Scope();
        }

        var known = Segments.All.FirstOrDefault(s => string.Equals(s, segment, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            problems.Add(new("segment", $"must be one of {string.Join(", ", Segments.All)}"));
        }
        else if (!grant.CanSee(known))
        {
            problems.Add(new("segment", "must be one of your segments"));
        }

        return known is null ? grant.Scope() : SegmentScope.Only(known);
    }
}
