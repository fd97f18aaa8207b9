using System.Globalization;
using System.Xml;

namespace OnboardingBpm.Workflows.Definitions;

/// <summary>Durations in definitions: ISO 8601 (<c>PT72H</c>, <c>P3D</c>) or .NET's <c>d.hh:mm:ss</c>.</summary>
public static class Durations
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith('P') || trimmed.StartsWith("-P", StringComparison.Ordinal))
        {
            try
            {
                value = XmlConvert.ToTimeSpan(trimmed);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value);
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a duration (use ISO 8601 such as PT72H).");

    public static string Format(TimeSpan value) => XmlConvert.ToString(value);
}
