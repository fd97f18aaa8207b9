using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace OnboardingBpm.Onboarding.Kpis;

/// <summary>
/// Writes a report's CSV and HTML to the report folder (the secure shared drive). Each file is written to a
/// temporary name and moved into place, so a reader never sees half a report. A report already there with the
/// same content is left alone (the cron or the outbox may run twice); one with different content is never
/// replaced: the new pair gets the next free version suffix (<c>kpi-report-2026-01-05-v2.csv</c>).
/// </summary>
public sealed class KpiReportFiles(IOptionsMonitor<KpiOptions> options)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public string Folder => Path.GetFullPath(options.CurrentValue.ReportFolder);

    public async Task<KpiReportFilesResult> WriteAsync(RenderedKpiReport report, CancellationToken cancellationToken = default)
    {
        var folder = Folder;
        Directory.CreateDirectory(folder);
        var csv = Utf8.GetBytes(report.Csv);
        var html = Utf8.GetBytes(report.Html);
        for (var version = 1; ; version++)
        {
            var stem = version == 1 ? report.FileStem : string.Create(CultureInfo.InvariantCulture, $"{report.FileStem}-v{version}");
            var csvPath = Path.Combine(folder, stem + ".csv");
            var htmlPath = Path.Combine(folder, stem + ".html");

            // The pair shares a version: a version is taken when either file holds something else.
            if (await IsTakenAsync(csvPath, csv, cancellationToken) || await IsTakenAsync(htmlPath, html, cancellationToken))
            {
                continue;
            }

            var csvState = await PlaceAsync(csvPath, csv, cancellationToken);
            if (csvState == Placement.Taken)
            {
                continue;
            }

            var htmlState = await PlaceAsync(htmlPath, html, cancellationToken);
            if (htmlState == Placement.Taken)
            {
                continue;
            }

            var written = csvState == Placement.Written || htmlState == Placement.Written;
            return new KpiReportFilesResult(csvPath, htmlPath, version, written);
        }
    }

    private static async Task<bool> IsTakenAsync(string path, byte[] content, CancellationToken cancellationToken) =>
        File.Exists(path) && !(await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(content);

    private static async Task<Placement> PlaceAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (File.Exists(path))
            {
                var existing = await File.ReadAllBytesAsync(path, cancellationToken);
                return existing.AsSpan().SequenceEqual(content) ? Placement.AlreadyThere : Placement.Taken;
            }

            if (await TryCreateAsync(path, content, cancellationToken))
            {
                return Placement.Written;
            }

            // Another writer created the file between the check and the move: compare with what it wrote.
        }
    }

    private static async Task<bool> TryCreateAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private enum Placement
    {
        Written,
        AlreadyThere,
        Taken,
    }
}

/// <summary>Where the report's files are, under which version, and whether this call wrote them or found them there already.</summary>
public sealed record KpiReportFilesResult(string CsvPath, string HtmlPath, int Version, bool Written);
