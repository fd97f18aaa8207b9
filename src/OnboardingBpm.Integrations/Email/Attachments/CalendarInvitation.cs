using System.Globalization;
using System.Text;

namespace OnboardingBpm.Integrations.Email.Attachments;

/// <summary>
/// A meeting invitation as an iCalendar (RFC 5545) REQUEST: mail clients show it with Accept / Decline.
/// <see cref="Uid"/> must stay the same across re-sends so the calendar updates the meeting instead of adding one.
/// </summary>
public sealed record CalendarInvitation
{
    public const string ContentType = "text/calendar; method=REQUEST; charset=UTF-8";

    public required string Uid { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public required string Summary { get; init; }
    public string? Description { get; init; }
    public string? Location { get; init; }

    /// <summary>The organiser's address; <see cref="OrganizerName"/> is shown beside it.</summary>
    public required string Organizer { get; init; }

    public string? OrganizerName { get; init; }
    public IReadOnlyList<string> Attendees { get; init; } = [];

    /// <summary>The calendar text; <paramref name="stamp"/> (DTSTAMP) is when this copy was made.</summary>
    public string ToIcs(DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//OnboardingBpm//Email//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            $"UID:{Text(Uid)}",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(Start)}",
            $"DTEND:{Utc(End)}",
            $"SUMMARY:{Text(Summary)}",
        };
        if (!string.IsNullOrEmpty(Description))
        {
            lines.Add($"DESCRIPTION:{Text(Description)}");
        }

        if (!string.IsNullOrEmpty(Location))
        {
            lines.Add($"LOCATION:{Text(Location)}");
        }

        lines.Add(string.IsNullOrEmpty(OrganizerName) ? $"ORGANIZER:mailto:{Organizer}" : $"ORGANIZER;CN={Parameter(OrganizerName)}:mailto:{Organizer}");
        lines.AddRange(Attendees.Select(a => $"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}"));
        lines.AddRange(["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]);

        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            ics.Append(Fold(line));
        }

        return ics.ToString();
    }

    public MailAttachment ToAttachment(DateTimeOffset stamp, string fileName = "invitation.ics") =>
        new(fileName, ContentType, Encoding.UTF8.GetBytes(ToIcs(stamp)));

    /// <summary>
    /// Lines longer than 75 octets continue on the next line after CRLF and a space (RFC 5545 3.1), cut
    /// between UTF-8 sequences, never inside one.
    /// </summary>
    internal static string Fold(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var folded = new StringBuilder();
        var start = 0;
        var limit = 75;
        while (bytes.Length - start > limit)
        {
            var end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80)
            {
                end--;
            }

            folded.Append(Encoding.UTF8.GetString(bytes, start, end - start)).Append("\r\n ");
            start = end;
            limit = 74;
        }

        return folded.Append(Encoding.UTF8.GetString(bytes, start, bytes.Length - start)).Append("\r\n").ToString();
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon and comma, and write line breaks as \n.</summary>
    private static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A parameter value cannot hold quotes; one with ':', ';' or ',' is quoted.</summary>
    private static string Parameter(string value)
    {
        var clean = value.Replace("\"", "", StringComparison.Ordinal);
        return clean.AsSpan().IndexOfAny(":;,") < 0 ? clean : $"\"{clean}\"";
    }
}
