using System.Text;
using OnboardingBpm.Integrations.Email.Attachments;

namespace OnboardingBpm.Integrations.Tests.Email;

public sealed class CalendarInvitationTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly CalendarInvitation Invitation = new()
    {
        Uid = "training-C-17@onboardingbpm.local",
        Start = new DateTimeOffset(2026, 1, 12, 10, 0, 0, TimeSpan.FromHours(2)),
        End = new DateTimeOffset(2026, 1, 12, 11, 30, 0, TimeSpan.FromHours(2)),
        Summary = "Training; part 1, basics",
        Description = "Bring your questions.\nWe start on time. " + new string('ü', 60),
        Organizer = "trainer@onboardingbpm.local",
        OrganizerName = "Ops, Training",
        Attendees = ["ana@acme.test", "bo@acme.test"],
    };

    [Fact]
    public void an_invitation_is_a_request_with_its_event_fields_in_utc()
    {
        var lines = Unfold(Invitation.ToIcs(Stamp));

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0"], lines.Take(2));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Contains("BEGIN:VEVENT", lines);
        Assert.Contains("UID:training-C-17@onboardingbpm.local", lines);
        Assert.Contains("DTSTAMP:20260105T090000Z", lines);
        Assert.Contains("DTSTART:20260112T080000Z", lines);
        Assert.Contains("DTEND:20260112T093000Z", lines);
        Assert.Contains("SUMMARY:Training\\; part 1\\, basics", lines);
        Assert.Contains("DESCRIPTION:Bring your questions.\\nWe start on time. " + new string('ü', 60), lines);
        Assert.Contains("ORGANIZER;CN=\"Ops, Training\":mailto:trainer@onboardingbpm.local", lines);
        Assert.Contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ana@acme.test", lines);
        Assert.Contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bo@acme.test", lines);
    }

    [Fact]
    public void every_line_ends_with_crlf_and_holds_at_most_75_octets()
    {
        var ics = Invitation.ToIcs(Stamp);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
    }

    [Fact]
    public void folding_never_cuts_a_multibyte_character()
    {
        var line = "DESCRIPTION:" + new string('€', 40);

        var folded = CalendarInvitation.Fold(line);

        Assert.DoesNotContain('\uFFFD', folded);
        Assert.Equal(line, folded.Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
        Assert.All(folded.Split("\r\n")[..^1], l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
    }

    [Fact]
    public void a_short_line_is_not_folded()
    {
        Assert.Equal("SUMMARY:Short\r\n", CalendarInvitation.Fold("SUMMARY:Short"));
    }

    [Fact]
    public void the_attachment_is_a_text_calendar_request()
    {
        var attachment = Invitation.ToAttachment(Stamp);

        Assert.Equal("invitation.ics", attachment.FileName);
        Assert.StartsWith("text/calendar; method=REQUEST", attachment.ContentType, StringComparison.Ordinal);
        Assert.Equal(Invitation.ToIcs(Stamp), Encoding.UTF8.GetString(attachment.Content));
    }

    /// <summary>RFC 5545 unfolding: a CRLF followed by a space joins the lines.</summary>
    private static string[] Unfold(string ics) =>
        ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
