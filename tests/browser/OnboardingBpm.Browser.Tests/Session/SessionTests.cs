using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Session;

/// <summary>What happens to a signed-in tab as its access token expires.</summary>
public sealed class SessionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task an_expired_access_token_is_renewed_with_the_refresh_token_without_signing_in_again()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, "ada.agent@onboardingbpm.local");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Task inbox" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My access" }).ClickAsync();

        var first = await AccessTokenAsync(page);

        // Two hours later on both clocks: the server refuses the first access token (it lived one hour), so the
        // inbox below loads only if the app renewed it, and a 401 would have sent the tab to the sign-in page.
        browser.Server.Clock.Advance(TimeSpan.FromHours(2));
        await page.Clock.FastForwardAsync("02:00:00");
        await page.GetByRole(AriaRole.Link, new() { Name = "Task inbox" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My tasks (0)" })).ToBeVisibleAsync();
        Assert.NotEqual(first, await AccessTokenAsync(page));
        Assert.StartsWith(browser.Server.Address.ToString(), page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    private static Task<string> AccessTokenAsync(IPage page) =>
        page.EvaluateAsync<string>("() => JSON.parse(sessionStorage.getItem('onboardingbpm.tokens')).accessToken");
}
