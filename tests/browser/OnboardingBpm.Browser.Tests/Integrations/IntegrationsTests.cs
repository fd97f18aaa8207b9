using System.Net.Http.Json;
using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Integrations;

/// <summary>Platform engineering's screen: vendors, the outbox, and an incident from a CRM outage retried from the browser.</summary>
public sealed class IntegrationsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Pat = "pat.platform@onboardingbpm.local";

    [Fact]
    public async Task a_platform_engineer_sees_the_simulated_vendors_and_reads_the_welcome_mail_in_the_outbox()
    {
        var company = $"Umbrella {Guid.NewGuid():N}";
        await browser.Server.SubmitOnboardingRequestAsync(company, "enterprise");
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Pat);
        await page.GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();

        var vendors = page.GetByRole(AriaRole.Table, new() { Name = "Vendors" });
        foreach (var vendor in new[] { "Salesforce", "Okta", "Segment" })
        {
            await Expect(vendors.GetByRole(AriaRole.Row).Filter(new() { HasText = vendor })).ToContainTextAsync("Simulated (embedded default)");
        }

        await page.GetByRole(AriaRole.List, new() { Name = "Mails" }).GetByRole(AriaRole.Button, new() { Name = $"Welcome to OnboardingBpm, {company}" }).ClickAsync();
        var mail = page.GetByRole(AriaRole.Article, new() { Name = "Mail" });
        await Expect(mail.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Welcome to OnboardingBpm, {company}");
        await Expect(mail.Locator("iframe")).ToHaveAttributeAsync("sandbox", "");
        await Expect(page.FrameLocator("iframe[title='Mail HTML']").GetByRole(AriaRole.Heading, new() { Name = "Welcome, Dana Scully!" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "30-integrations-outbox");
        await mail.GetByRole(AriaRole.Tab, new() { Name = "Text" }).ClickAsync();
        await Expect(mail.Locator("pre")).ToContainTextAsync("Welcome, Dana Scully!");
    }

    [Fact]
    public async Task a_crm_outage_raises_an_incident_pushed_live_and_retry_after_the_outage_moves_the_instance_on()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, Pat);
        await page.GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();
        await Expect(page.GetByTitle("Live alerts")).ToHaveTextAsync("● alerts live");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open incidents" })).ToBeVisibleAsync();

        await SimulatorAsync(client => client.PostAsJsonAsync("__sim/faults/outage", new { duration = TimeSpan.FromHours(2) }, TestContext.Current.CancellationToken));
        var company = $"Outage {Guid.NewGuid():N}";
        await browser.Server.SubmitOnboardingRequestAsync(company, "mid-market");
        for (var retry = 0; retry < 3; retry++)
        {
            browser.Server.Clock.Advance(TimeSpan.FromMinutes(5));
            await browser.Server.RunSchedulerAsync();
        }

        var alert = page.GetByRole(AriaRole.List, new() { Name = "Alerts" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "SalesforceUpsertCase" }).First;
        await Expect(alert.Locator(".new")).ToHaveTextAsync("new");
        await Expect(alert).ToContainTextAsync("Critical");
        await Expect(page.GetByLabel("Health: critical")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "31-integrations-incident-live");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Expect(alert).ToContainTextAsync("Acknowledged by");
        await Expect(alert.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.List, new() { Name = "Open incidents" }).GetByRole(AriaRole.Link, new() { Name = "Open instance" }).First.ClickAsync();
        await Expect(page.Locator(".react-flow__node[data-id='case'] .activity-box")).ToHaveAttributeAsync("data-state", "faulted");
        var incident = page.Locator(".incident").Filter(new() { HasText = "SalesforceUpsertCase" });
        await Expect(incident).ToContainTextAsync("failed 4 times");
        await BrowserFixture.ScreenshotAsync(page, "32-instance-incident");

        await SimulatorAsync(client => client.DeleteAsync("__sim/faults", TestContext.Current.CancellationToken));
        browser.Server.Clock.Advance(TimeSpan.FromMinutes(15));
        await incident.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Expect(page.GetByText("No open incident.")).ToBeVisibleAsync();
        await browser.Server.RunSchedulerAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Waiting at First contact with the customer" })).ToBeVisibleAsync();
        await Expect(page.Locator(".react-flow__node[data-id='case'] .activity-box")).ToHaveAttributeAsync("data-state", "completed");
        await BrowserFixture.ScreenshotAsync(page, "33-instance-after-retry");
    }

    private async Task SimulatorAsync(Func<HttpClient, Task<HttpResponseMessage>> call)
    {
        using var direct = new HttpClient { BaseAddress = browser.Server.SimulatorAddress("salesforce", "/") };
        (await call(direct)).EnsureSuccessStatusCode();
    }
}
