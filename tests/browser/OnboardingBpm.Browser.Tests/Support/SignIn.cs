using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Support;

/// <summary>Signs in the way a person does: the app's button, the Okta simulator's page, back to the app.</summary>
internal static class SignIn
{
    public static async Task AsAsync(IPage page, string login, string? screenshot = null)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Okta simulator — development sign-in" })).ToBeVisibleAsync();
        if (screenshot is not null)
        {
            await BrowserFixture.ScreenshotAsync(page, screenshot);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = login }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }
}
