using System.Globalization;
using System.Text;

namespace OnboardingBpm.Integrations.Email.Attachments;

/// <summary>
/// CSV as RFC 4180 writes it: CRLF between records, and a field quoted (its quotes doubled) when it holds a
/// comma, a quote or a line break. Values are written in the invariant culture, so a report reads the same
/// whatever the server's locale.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv";

    public static string Format(IEnumerable<IEnumerable<object?>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return text.ToString();
    }

    public static MailAttachment Attachment(string fileName, IEnumerable<IEnumerable<object?>> rows) =>
        new(fileName, ContentType, Encoding.UTF8.GetBytes(Format(rows)));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
