using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Dashboard;

/// <summary>Escalations reach an open dashboard live when the server's fake clock passes 72 hours.</summary>
public sealed class EscalationLiveTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Maria = "maria.supervisor@onboardingbpm.local";

    [Fact]
    public async Task a_supervisor_sees_an_escalation_appear_when_the_clock_passes_72_hours()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, Maria);
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        var escalations = page.GetByRole(AriaRole.List, new() { Name = "Escalations" });
        await Expect(page.GetByText("No open escalations.")).ToBeVisibleAsync();
        await Expect(page.GetByTitle("Live updates")).ToHaveTextAsync("● live");

        await browser.Server.SubmitOnboardingRequestAsync($"Umbrella {Guid.NewGuid():N}", "enterprise");
        var caseId = (await browser.Server.NewestCaseAsync("enterprise"))["id"]!.GetValue<string>();
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await Expect(escalations.GetByText($"Case {caseId}")).ToHaveCountAsync(0);

        // 72 hours and a minute later on both clocks: the server escalates; the tab's clock jumps without firing its
        // timers (the hub connection stays up, so the alert arrives as a push) and its token is renewed on it.
        var later = TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1);
        var tabNow = DateTimeOffset.FromUnixTimeMilliseconds(await page.EvaluateAsync<long>("() => Date.now()"));
        await page.Clock.SetSystemTimeAsync((tabNow + later).UtcDateTime);
        await browser.Server.AdvanceAsync(later);

        await Expect(escalations.GetByRole(AriaRole.Link, new() { Name = $"Case {caseId}" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        var enterpriseRow = page.GetByRole(AriaRole.Table, new() { Name = "Open cases by segment and age" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "enterprise" });
        await Expect(enterpriseRow.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["0", "0", "1"]);
        await BrowserFixture.ScreenshotAsync(page, "20-dashboard-escalation");

        await escalations.GetByRole(AriaRole.Link, new() { Name = $"Case {caseId}" }).ClickAsync();
        var casePage = page.GetByRole(AriaRole.Article, new() { Name = $"Case {caseId}" });
        await Expect(casePage.GetByRole(AriaRole.Heading, new() { Name = $"Case {caseId}" })).ToBeVisibleAsync();
        await Expect(casePage).ToContainTextAsync("Escalated");
        await Expect(casePage.GetByRole(AriaRole.List, new() { Name = "Timeline" }).GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "21-case-page");
    }
}
