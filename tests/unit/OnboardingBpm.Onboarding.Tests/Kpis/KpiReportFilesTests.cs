using OnboardingBpm.Onboarding.Kpis;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class KpiReportFilesTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("kpi-reports-");
    private readonly KpiReportFiles files;

    public KpiReportFilesTests()
    {
        files = new KpiReportFiles(new StaticOptions<KpiOptions>(new KpiOptions { ReportFolder = Path.Combine(root.FullName, "shared", "kpis") }));
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public async Task the_csv_and_html_are_written_under_the_period_name_into_a_folder_created_on_demand()
    {
        var result = await Write(Report("a,b\r\n", "<p>one</p>"));

        Assert.True(result.Written);
        Assert.Equal(1, result.Version);
        Assert.Equal(Path.Combine(files.Folder, "kpi-report-2026-01-05.csv"), result.CsvPath);
        Assert.Equal(Path.Combine(files.Folder, "kpi-report-2026-01-05.html"), result.HtmlPath);
        Assert.Equal("a,b\r\n", File.ReadAllText(result.CsvPath));
        Assert.Equal("<p>one</p>", File.ReadAllText(result.HtmlPath));
        Assert.Equal(["kpi-report-2026-01-05.csv", "kpi-report-2026-01-05.html"], FileNames());
    }

    [Fact]
    public async Task writing_the_same_report_again_changes_nothing()
    {
        var first = await Write(Report("a,b\r\n", "<p>one</p>"));
        var written = File.GetLastWriteTimeUtc(first.CsvPath);

        var again = await Write(Report("a,b\r\n", "<p>one</p>"));

        Assert.False(again.Written);
        Assert.Equal(first with { Written = false }, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(first.CsvPath));
        Assert.Equal(2, FileNames().Count);
    }

    [Fact]
    public async Task a_different_report_for_the_same_period_gets_the_next_version_and_the_earlier_one_is_kept()
    {
        var first = await Write(Report("a,b\r\n", "<p>one</p>"));

        var second = await Write(Report("a,c\r\n", "<p>two</p>"));

        Assert.True(second.Written);
        Assert.Equal(2, second.Version);
        Assert.EndsWith("kpi-report-2026-01-05-v2.csv", second.CsvPath, StringComparison.Ordinal);
        Assert.Equal("a,c\r\n", File.ReadAllText(second.CsvPath));
        Assert.Equal("<p>two</p>", File.ReadAllText(second.HtmlPath));
        Assert.Equal("a,b\r\n", File.ReadAllText(first.CsvPath));
        Assert.Equal("<p>one</p>", File.ReadAllText(first.HtmlPath));
    }

    [Fact]
    public async Task a_report_equal_to_an_earlier_version_is_found_there_instead_of_written_again()
    {
        await Write(Report("a,b\r\n", "<p>one</p>"));
        await Write(Report("a,c\r\n", "<p>two</p>"));

        var third = await Write(Report("a,d\r\n", "<p>three</p>"));
        var secondAgain = await Write(Report("a,c\r\n", "<p>two</p>"));

        Assert.Equal(3, third.Version);
        Assert.False(secondAgain.Written);
        Assert.Equal(2, secondAgain.Version);
        Assert.Equal(6, FileNames().Count);
    }

    [Fact]
    public async Task the_csv_and_html_share_a_version_even_when_only_one_of_them_differs()
    {
        await Write(Report("a,b\r\n", "<p>one</p>"));

        var changed = await Write(Report("a,b\r\n", "<p>one, corrected</p>"));

        Assert.Equal(2, changed.Version);
        Assert.Equal("a,b\r\n", File.ReadAllText(changed.CsvPath));
        Assert.Equal("<p>one, corrected</p>", File.ReadAllText(changed.HtmlPath));
    }

    [Fact]
    public async Task a_version_whose_other_file_holds_another_report_is_skipped_without_writing_into_it()
    {
        var first = await Write(Report("a,b\r\n", "<p>one</p>"));
        File.Delete(first.CsvPath);

        var other = await Write(Report("a,c\r\n", "<p>two</p>"));

        Assert.Equal(2, other.Version);
        Assert.False(File.Exists(first.CsvPath));
        Assert.Equal("<p>one</p>", File.ReadAllText(first.HtmlPath));
    }

    [Fact]
    public async Task a_pair_left_half_written_is_completed_in_place()
    {
        var first = await Write(Report("a,b\r\n", "<p>one</p>"));
        File.Delete(first.HtmlPath);

        var again = await Write(Report("a,b\r\n", "<p>one</p>"));

        Assert.True(again.Written);
        Assert.Equal(1, again.Version);
        Assert.Equal("<p>one</p>", File.ReadAllText(first.HtmlPath));
    }

    [Fact]
    public async Task no_temporary_file_is_left_behind()
    {
        await Write(Report("a,b\r\n", "<p>one</p>"));
        await Write(Report("a,b\r\n", "<p>one</p>"));
        await Write(Report("a,c\r\n", "<p>two</p>"));

        Assert.DoesNotContain(FileNames(), name => name.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(4, FileNames().Count);
    }

    [Fact]
    public async Task text_is_written_as_utf8_without_a_byte_order_mark()
    {
        var result = await Write(Report("segment\r\nZürich\r\n", "<p>Zürich</p>"));

        Assert.Equal("segment\r\nZürich\r\n"u8.ToArray(), File.ReadAllBytes(result.CsvPath));
    }

    private static RenderedKpiReport Report(string csv, string html) =>
        new("kpi-report-2026-01-05", "KPI report 2026-01-05 to 2026-01-18", html, Text: null, csv);

    private Task<KpiReportFilesResult> Write(RenderedKpiReport report) => files.WriteAsync(report, Cancellation);

    private List<string> FileNames() =>
        Directory.GetFiles(files.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
}
