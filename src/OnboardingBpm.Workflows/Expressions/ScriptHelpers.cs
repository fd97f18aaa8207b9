using System.Globalization;
using Jint;

namespace OnboardingBpm.Workflows.Expressions;

/// <summary>
/// The few helpers scripts get besides the ES standard library: the engine's current time and date arithmetic
/// on ISO 8601 texts, which is what variables hold.
/// </summary>
internal static class ScriptHelpers
{
    public static void Install(Engine engine, DateTimeOffset now)
    {
        engine.SetValue("now", new Func<string>(() => Format(now)));
        engine.SetValue("addMinutes", new Func<string, double, string>((date, n) => Format(ParseDate(date).AddMinutes(n))));
        engine.SetValue("addHours", new Func<string, double, string>((date, n) => Format(ParseDate(date).AddHours(n))));
        engine.SetValue("addDays", new Func<string, double, string>((date, n) => Format(ParseDate(date).AddDays(n))));
        engine.SetValue("hoursBetween", new Func<string, string, double>((from, to) => (ParseDate(to) - ParseDate(from)).TotalHours));
        engine.SetValue("daysBetween", new Func<string, string, double>((from, to) => (ParseDate(to) - ParseDate(from)).TotalDays));
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new ArgumentException($"'{text}' is not an ISO 8601 date.");
}
