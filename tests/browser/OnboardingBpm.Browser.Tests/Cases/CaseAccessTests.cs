using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Cases;

/// <summary>Cases in the browser: an agent cannot reach another segment's case by its URL.</summary>
public sealed class CaseAccessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task an_smb_agent_opening_an_enterprise_case_url_sees_not_found_and_no_case_data()
    {
        await browser.Server.SubmitOnboardingRequestAsync($"Cyberdyne {Guid.NewGuid():N}", "enterprise");
        var enterprise = await browser.Server.NewestCaseAsync("enterprise");
        var caseId = enterprise["id"]!.GetValue<string>();
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "sam.agent@onboardingbpm.local");

        var refusal = await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync($"/cases/{caseId}"),
            response => response.Url.EndsWith($"/api/cases/{caseId}", StringComparison.Ordinal));

        Assert.Equal(404, refusal.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case not found" })).ToBeVisibleAsync();
        await Expect(page.GetByText(enterprise["customerId"]!.GetValue<string>())).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Timeline" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "23-case-not-found");

        await page.GetByRole(AriaRole.Link, new() { Name = "← All cases" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Cases" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Cases" })).Not.ToContainTextAsync(caseId);
        await Expect(page.GetByText("No tickets match.")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "24-cases-and-tickets");
    }
}
