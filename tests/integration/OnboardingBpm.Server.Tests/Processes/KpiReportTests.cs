using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Integrations.Alerts;
using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Onboarding;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Tests.Kpis;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Processes;

/// <summary>
/// Process 6 end to end: the Monday cron after a 14-day period ends reports it once (snapshots, files, the
/// stakeholders' mail with the CSV, an alert for an off-target KPI); the next Monday finds it reported.
/// </summary>
public sealed class KpiReportTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    private const string Stakeholders = "kpi-stakeholders@onboardingbpm.local";

    // The factory's clock starts on Monday 2026-03-02 08:00, the first day of a period (anchor 2026-01-05).
    private static readonly DateTimeOffset PeriodStart = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task the_monday_after_a_period_ends_reports_it_once_with_mail_csv_file_snapshots_and_an_off_target_alert()
    {
        var ct = TestContext.Current.CancellationToken;
        await SeededKpiFacts.SaveAsync(factory, factory.Clock.GetUtcNow());

        factory.Clock.Advance(new DateTimeOffset(2026, 3, 16, 6, 1, 0, TimeSpan.Zero) - factory.Clock.GetUtcNow());
        await factory.RunSchedulerAsync();
        await factory.RunSchedulerAsync();

        using var admin = factory.CreateClientAs(DemoUsers.Admin);
        var listed = await admin.GetFromJsonAsync<JsonArray>("/api/mail?category=kpi-report", ct);
        var summary = Assert.Single(listed!)!;
        Assert.Equal([Stakeholders], summary["to"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("KPI report 2026-03-02 to 2026-03-15", summary["subject"]!.GetValue<string>());
        var mail = (await factory.Services.GetRequiredService<IMailOutbox>().FindAsync(summary["id"]!.GetValue<string>(), ct))!.Message;
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal("kpi-report-2026-03-02.csv", attachment.FileName);
        var csv = Encoding.UTF8.GetString(attachment.Content);
        Assert.Contains("enterprise,First-contact resolution,%,50,2,>= 85,off target", csv, StringComparison.Ordinal);
        Assert.Contains("smb,CSAT,%,100,1,,no target", csv, StringComparison.Ordinal);
        Assert.Contains("First-contact resolution, enterprise", mail.TextBody, StringComparison.Ordinal);

        Assert.Equal(attachment.Content, await File.ReadAllBytesAsync(Path.Combine(factory.KpiReportFolder, "kpi-report-2026-03-02.csv"), ct));
        Assert.True(File.Exists(Path.Combine(factory.KpiReportFolder, "kpi-report-2026-03-02.html")));

        var snapshots = await factory.Services.GetRequiredService<IKpiSnapshotStore>().FindPeriodAsync(PeriodStart, SegmentScope.All, ct);
        Assert.Equal(4 * 4, snapshots.Count);
        var enterpriseFcr = Assert.Single(snapshots, s => s.Segment == "enterprise" && s.Kpi == Kpi.FirstContactResolution);
        Assert.Equal((50m, KpiStatus.OffTarget), (enterpriseFcr.Value, enterpriseFcr.Status));
        Assert.Equal(10m, Assert.Single(snapshots, s => s.Segment == "smb" && s.Kpi == Kpi.OnboardingTime).Value);

        var alerts = await factory.Services.GetRequiredService<IAlertStore>().ListAsync(new AlertQuery(AlertAudiences.Supervisors), ct);
        var alert = Assert.Single(alerts, a => a.Kind == "kpi");
        Assert.Equal("KPIs off target in 2026-03-02 to 2026-03-15", alert.Title);
        Assert.Contains("First-contact resolution, enterprise: 50% (target at least 85%)", alert.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("smb", alert.Detail, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromDays(7));
        await factory.RunSchedulerAsync();
        await factory.RunSchedulerAsync();

        Assert.Single((await admin.GetFromJsonAsync<JsonArray>("/api/mail?category=kpi-report", ct))!);
        var after = await factory.Services.GetRequiredService<IKpiSnapshotStore>().ListAsync(new KpiSnapshotQuery(SegmentScope.All) { Take = 100 }, ct);
        Assert.Equal(snapshots, after.Items);
        Assert.Single(Directory.GetFiles(factory.KpiReportFolder, "*.csv"));
        Assert.Single(await factory.Services.GetRequiredService<IAlertStore>().ListAsync(new AlertQuery(AlertAudiences.Supervisors), ct), a => a.Kind == "kpi");
        var runs = await admin.GetFromJsonAsync<JsonObject>("/api/workflow-instances?definitionId=kpi-report&status=Finished", ct);
        Assert.Equal(2, runs!["total"]!.GetValue<int>());
    }
}
