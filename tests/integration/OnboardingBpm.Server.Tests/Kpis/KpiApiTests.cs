using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Kpis;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Kpis;

/// <summary>
/// The KPI API: the period in progress computed live, the stored history (JSON, paged, and CSV) and one reported
/// period; agents see their segments only, never the "all" aggregate; bad filters are problems naming the field.
/// </summary>
public sealed class KpiApiTests : IClassFixture<ScheduledByTestServerFactory>, IAsyncLifetime
{
    // Three reported periods before the factory's clock (Monday 2026-03-02 08:00, anchor 2026-01-05).
    private static readonly DateTimeOffset[] Reported = [new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), new(2026, 1, 19, 0, 0, 0, TimeSpan.Zero), new(2026, 2, 2, 0, 0, 0, TimeSpan.Zero)];

    private readonly ScheduledByTestServerFactory factory;

    public KpiApiTests(ScheduledByTestServerFactory factory) => this.factory = factory;

    public async ValueTask InitializeAsync()
    {
        var store = factory.Services.GetRequiredService<IKpiSnapshotStore>();
        foreach (var start in Reported)
        {
            // Saving a period twice is a no-op, so each test of the class may run this.
            await store.SaveReportAsync(SeededKpiSnapshots.Report(start), TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task the_current_period_is_computed_live_per_segment_with_its_targets()
    {
        await SeededKpiFacts.SaveAsync(factory, factory.Clock.GetUtcNow());
        using var supervisor = factory.CreateClientAs(DemoUsers.Supervisor);

        var current = await supervisor.GetFromJsonAsync<JsonObject>("/api/kpis/current", TestContext.Current.CancellationToken);

        Assert.Equal("2026-03-02", current!["periodStart"]!.GetValue<string>());
        Assert.Equal("2026-03-15", current["periodEnd"]!.GetValue<string>());
        Assert.False(current["complete"]!.GetValue<bool>());
        Assert.Equal(["all", "enterprise", "mid-market", "smb"], SegmentsOf(current));
        var fcr = KpiOf(current, "enterprise", "FirstContactResolution");
        Assert.Equal(50m, fcr["value"]!.GetValue<decimal>());
        Assert.Equal(85m, fcr["target"]!.GetValue<decimal>());
        Assert.Equal(">=", fcr["targetComparison"]!.GetValue<string>());
        Assert.Equal("OffTarget", fcr["status"]!.GetValue<string>());
        Assert.Equal("NoData", KpiOf(current, "mid-market", "FirstContactResolution")["status"]!.GetValue<string>());
        Assert.Null(KpiOf(current, "smb", "OnboardingTime")["target"]);
    }

    [Fact]
    public async Task an_agent_sees_only_the_kpis_of_their_segments_and_not_the_all_segments_aggregate()
    {
        using var agent = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var current = await agent.GetFromJsonAsync<JsonObject>("/api/kpis/current", TestContext.Current.CancellationToken);
        var history = await agent.GetFromJsonAsync<JsonObject>("/api/kpis/history?take=500", TestContext.Current.CancellationToken);
        var period = await agent.GetFromJsonAsync<JsonObject>("/api/kpis/periods/2026-01-19", TestContext.Current.CancellationToken);
        var otherSegment = await agent.GetAsync("/api/kpis/history?segment=smb", TestContext.Current.CancellationToken);
        var aggregate = await agent.GetAsync("/api/kpis/current?segment=all", TestContext.Current.CancellationToken);

        Assert.Equal(["enterprise"], SegmentsOf(current!));
        Assert.Equal(Reported.Length * 4, history!["total"]!.GetValue<int>());
        Assert.All(history["items"]!.AsArray(), s => Assert.Equal("enterprise", s!["segment"]!.GetValue<string>()));
        Assert.Equal(["enterprise"], SegmentsOf(period!));
        await AssertProblemAsync(otherSegment, "segment", "must be one of your segments");
        await AssertProblemAsync(aggregate, "segment", "must be one of your segments");
    }

    [Fact]
    public async Task the_history_is_newest_period_first_filtered_by_segment_and_days_and_paged()
    {
        using var productManager = factory.CreateClientAs(DemoUsers.ProductManager);

        var page = await productManager.GetFromJsonAsync<JsonObject>(
            "/api/kpis/history?segment=all&from=2026-01-20&to=2026-02-02&skip=2&take=4", TestContext.Current.CancellationToken);

        Assert.Equal(8, page!["total"]!.GetValue<int>());
        var items = page["items"]!.AsArray();
        Assert.Equal(4, items.Count);
        Assert.Equal(["OnboardingTime", "SlaAttainment", "CustomerSatisfaction", "FirstContactResolution"], items.Select(i => i!["kpi"]!.GetValue<string>()));
        Assert.Equal(["2026-02-02", "2026-02-02", "2026-01-19", "2026-01-19"], items.Select(i => i!["periodStart"]!.GetValue<string>()));
        Assert.Equal("2026-02-15", items[0]!["periodEnd"]!.GetValue<string>());
        Assert.All(items, i => Assert.Equal("all", i!["segment"]!.GetValue<string>()));
    }

    [Fact]
    public async Task the_history_csv_exports_every_snapshot_of_the_filter()
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);

        var response = await admin.GetAsync("/api/kpis/history.csv?segment=smb&from=2026-01-05", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period_start,period_end,segment,kpi,unit,value,sample_size,target,status,computed_at", lines[0]);
        Assert.Equal(1 + Reported.Length * 4, lines.Length);
        Assert.Contains("2026-02-02,2026-02-15,smb,First-contact resolution,%,66.67,3,>= 85,OffTarget,2026-02-16T06:00:00Z", lines);
    }

    [Fact]
    public async Task a_reported_period_is_returned_as_stored_and_an_unreported_or_misaligned_one_is_refused()
    {
        using var supervisor = factory.CreateClientAs(DemoUsers.Supervisor);

        var period = await supervisor.GetFromJsonAsync<JsonObject>("/api/kpis/periods/2026-01-19", TestContext.Current.CancellationToken);
        var unreported = await supervisor.GetAsync("/api/kpis/periods/2026-03-02", TestContext.Current.CancellationToken);
        var misaligned = await supervisor.GetAsync("/api/kpis/periods/2026-01-20", TestContext.Current.CancellationToken);

        Assert.Equal("2026-01-19 to 2026-02-01", period!["period"]!.GetValue<string>());
        Assert.Equal(["all", "enterprise", "mid-market", "smb"], SegmentsOf(period));
        Assert.Equal(HttpStatusCode.NotFound, unreported.StatusCode);
        Assert.Equal("application/problem+json", unreported.Content.Headers.ContentType!.MediaType);
        await AssertProblemAsync(misaligned, "start", "must be the first day of a period, e.g. 2026-01-19");
    }

    [Theory]
    [InlineData("/api/kpis/history?from=2026-13-01", "from", "must be a date written yyyy-MM-dd")]
    [InlineData("/api/kpis/history.csv?to=yesterday", "to", "must be a date written yyyy-MM-dd")]
    [InlineData("/api/kpis/history?from=2026-02-01&to=2026-01-01", "to", "must not be before from")]
    [InlineData("/api/kpis/history?segment=moon", "segment", "must be one of all, enterprise, mid-market, smb")]
    [InlineData("/api/kpis/current?segment=moon", "segment", "must be one of all, enterprise, mid-market, smb")]
    [InlineData("/api/kpis/history?take=0", "take", "must be from 1 to 500")]
    [InlineData("/api/kpis/periods/March", "start", "must be a date written yyyy-MM-dd")]
    public async Task a_bad_filter_is_a_problem_naming_the_field(string url, string field, string message)
    {
        using var admin = factory.CreateClientAs(DemoUsers.Admin);

        await AssertProblemAsync(await admin.GetAsync(url, TestContext.Current.CancellationToken), field, message);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal([message], problem!["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    private static List<string> SegmentsOf(JsonObject body) =>
        body["segments"]!.AsArray().Select(s => s!["segment"]!.GetValue<string>()).ToList();

    private static JsonObject KpiOf(JsonObject body, string segment, string kpi) =>
        body["segments"]!.AsArray().Single(s => s!["segment"]!.GetValue<string>() == segment)!["kpis"]!.AsArray()
            .Single(k => k!["kpi"]!.GetValue<string>() == kpi)!.AsObject();
}
