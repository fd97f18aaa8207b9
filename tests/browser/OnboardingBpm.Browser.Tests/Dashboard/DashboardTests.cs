using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Dashboard;

/// <summary>The supervisor dashboard against the real server: the KPI cards of the current period.</summary>
public sealed class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Maria = "maria.supervisor@onboardingbpm.local";

    [Fact]
    public async Task the_kpi_cards_show_the_current_period_against_targets_and_the_history_exports_as_csv()
    {
        using var maria = await browser.Server.ClientAsAsync(Maria);
        var current = await maria.GetFromJsonAsync<JsonObject>("/api/kpis/current", TestContext.Current.CancellationToken);
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, Maria);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "KPIs" })).ToContainTextAsync($"current period {current!["period"]!.GetValue<string>()}");
        var cards = page.GetByRole(AriaRole.List, new() { Name = "KPIs of all" });
        await Expect(cards.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(cards.GetByRole(AriaRole.Listitem, new() { Name = "SLA attainment" })).ToContainTextAsync("target at least 95 %");
        await BrowserFixture.ScreenshotAsync(page, "22-dashboard-kpis");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        Assert.Equal("kpi-history-all.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("period_start,period_end,segment,kpi", csv, StringComparison.Ordinal);
    }
}
