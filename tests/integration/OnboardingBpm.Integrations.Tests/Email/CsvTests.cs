using System.Text;
using OnboardingBpm.Integrations.Email.Attachments;

namespace OnboardingBpm.Integrations.Tests.Email;

public sealed class CsvTests
{
    [Fact]
    public void records_end_with_crlf_and_plain_fields_stay_bare()
    {
        Assert.Equal("kpi,value\r\nCSAT,4.6\r\n", Csv.Format([["kpi", "value"], ["CSAT", 4.6]]));
    }

    [Fact]
    public void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var csv = Csv.Format([["Smith, Jones", "say \"hi\"", "two\r\nlines", "one\nline", "plain"]]);

        Assert.Equal("\"Smith, Jones\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"one\nline\",plain\r\n", csv);
    }

    [Fact]
    public void values_are_written_in_the_invariant_culture_and_null_is_empty()
    {
        var csv = Csv.Format([[1234.5m, null, true, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero)]]);

        Assert.Equal("1234.5,,true,2026-01-05T09:00:00.0000000+00:00\r\n", csv);
    }

    [Fact]
    public void the_attachment_is_utf8_text_csv()
    {
        var attachment = Csv.Attachment("report.csv", [["Zoë"]]);

        Assert.Equal(("report.csv", "text/csv"), (attachment.FileName, attachment.ContentType));
        Assert.Equal("Zoë\r\n", Encoding.UTF8.GetString(attachment.Content));
    }
}
