using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Instances;

/// <summary>The instances screens: the filtered list, an instance's diagram with the path taken and where it waits.</summary>
public sealed class InstanceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Maria = "maria.supervisor@onboardingbpm.local";

    [Fact]
    public async Task a_supervisor_opens_an_onboarding_request_and_sees_the_path_taken_and_the_waiting_task()
    {
        await browser.Server.SubmitOnboardingRequestAsync($"Initech {Guid.NewGuid():N}", "enterprise");
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Maria);
        await page.GetByRole(AriaRole.Link, new() { Name = "Instances" }).ClickAsync();
        await page.GetByLabel("Definition").SelectOptionAsync("onboarding-request");
        await page.GetByLabel("Status").SelectOptionAsync("Suspended");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var rows = page.Locator(".instance-table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("onboarding-request v");
        await BrowserFixture.ScreenshotAsync(page, "20-instances-list");
        await rows.First.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Waiting at First contact with the customer" })).ToBeVisibleAsync();
        var diagram = page.GetByLabel("Workflow diagram");
        await Expect(Node(diagram, "first-contact")).ToHaveAttributeAsync("data-state", "active");
        foreach (var done in new[] { "submitted", "case", "open-case", "welcome" })
        {
            await Expect(Node(diagram, done)).ToHaveAttributeAsync("data-state", "completed");
        }

        await Expect(Node(diagram, "rejected")).ToHaveAttributeAsync("data-state", "idle");
        await Expect(diagram.GetByRole(AriaRole.Group, new() { Name = "Edge from submitted to check" })).ToHaveClassAsync(new Regex(@"\bedge-taken\b"));
        await Expect(diagram.GetByRole(AriaRole.Group, new() { Name = "Edge from valid to rejected" })).ToHaveClassAsync(new Regex(@"\bedge-idle\b"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Journal" })).ToContainTextAsync("Send the welcome mail");
        await Expect(page.GetByLabel("Variables")).ToContainTextAsync("salesforceCaseId");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Incidents" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "21-instance-path");
    }

    [Fact]
    public async Task cancelling_an_instance_asks_for_confirmation_then_withdraws_what_it_waits_for()
    {
        await browser.Server.PublishAndStartAsync("Instances/waits-for-approval.json");
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Maria);
        await page.GetByRole(AriaRole.Link, new() { Name = "Instances" }).ClickAsync();
        await page.GetByLabel("Definition").SelectOptionAsync("browser-waits-for-approval");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page.Locator(".instance-table tbody tr")).ToHaveCountAsync(1);
        await page.Locator(".instance-table tbody tr").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Waiting at Approval arrives" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel instance" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Keep it running" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Suspended");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel instance" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "22-instance-cancel-confirmation");
        await page.GetByRole(AriaRole.Alertdialog).GetByRole(AriaRole.Button, new() { Name = "Yes, cancel the instance" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Cancelled");
        await Expect(page.GetByText("Nothing waits.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel instance" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task a_date_range_ending_before_it_starts_is_refused_in_the_form()
    {
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Maria);
        await page.GetByRole(AriaRole.Link, new() { Name = "Instances" }).ClickAsync();
        await page.GetByLabel("Created from").FillAsync("2026-03-05");
        await page.GetByLabel("to", new() { Exact = true }).FillAsync("2026-03-01");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The start date is after the end date.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Filter" })).ToBeDisabledAsync();
    }

    [Fact]
    public async Task an_instance_that_does_not_exist_shows_the_servers_problem_not_a_status_code()
    {
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Maria);
        await page.GotoAsync("/instances/no-such-instance");

        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Instance no-such-instance does not exist.");
    }

    private static ILocator Node(ILocator diagram, string activityId) =>
        diagram.Locator($".react-flow__node[data-id='{activityId}'] .activity-box");
}
