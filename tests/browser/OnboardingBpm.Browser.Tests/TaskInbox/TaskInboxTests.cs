using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.TaskInbox;

/// <summary>The task inbox in a real browser against the real server: sign-in, live tasks, the form, segment isolation.</summary>
public sealed class TaskInboxTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Ada = "ada.agent@onboardingbpm.local";
    private const string Sam = "sam.agent@onboardingbpm.local";
    private const string Pat = "pat.platform@onboardingbpm.local";

    [Fact]
    public async Task an_agent_signs_in_gets_a_new_task_live_and_completes_a_task_through_its_form()
    {
        var firstCompany = $"Acme {Guid.NewGuid():N}";
        var first = $"Contact {firstCompany} about their onboarding";
        await browser.Server.SubmitOnboardingRequestAsync(firstCompany, "enterprise");
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Ada, "01-okta-simulator-sign-in");

        var unclaimed = page.GetByRole(AriaRole.List, new() { Name = "Unclaimed tasks" });
        await Expect(unclaimed.GetByText(first)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("embedded-banner")).ToContainTextAsync("Embedded defaults");
        await BrowserFixture.ScreenshotAsync(page, "02-task-inbox");

        await Expect(page.GetByTitle("Live updates")).ToHaveTextAsync("● live");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var secondCompany = $"Globex {Guid.NewGuid():N}";
        await browser.Server.SubmitOnboardingRequestAsync(secondCompany, "enterprise");
        var second = $"Contact {secondCompany} about their onboarding";
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"New task: {second}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Task inbox" }).Locator(".badge")).ToHaveTextAsync("1");
        await Expect(unclaimed.GetByText(second)).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        await BrowserFixture.ScreenshotAsync(page, "03-new-task-live");

        var row = unclaimed.Locator("li").Filter(new() { HasText = first });
        await row.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        var mine = page.GetByRole(AriaRole.List, new() { Name = "My tasks" });
        await Expect(mine.GetByText(first)).ToBeVisibleAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"Form of {first}" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Resolved" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Customer reached is required");
        await BrowserFixture.ScreenshotAsync(page, "04-validation-error");

        await form.GetByRole(AriaRole.Radio, new() { Name = "Yes" }).CheckAsync();
        await form.GetByLabel("Notes").FillAsync("Walked Dana through the onboarding plan.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Resolved" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Completed “{first}” (Resolved)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = first })).ToHaveCountAsync(0);
        await Expect(unclaimed.GetByText(second)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "05-task-completed");
        using var admin = await browser.Server.ClientAsAsync("alex.admin@onboardingbpm.local");
        var tasks = await admin.GetFromJsonAsync<JsonObject>("/api/tasks?take=500", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(tasks!["items"]!.AsArray(), t => t!["title"]!.GetValue<string>() == first);
    }

    [Fact]
    public async Task an_agent_of_another_segment_sees_only_their_segments_tasks()
    {
        var enterprise = $"Initech {Guid.NewGuid():N}";
        var smb = $"Corner Shop {Guid.NewGuid():N}";
        await browser.Server.SubmitOnboardingRequestAsync(enterprise, "enterprise");
        await browser.Server.SubmitOnboardingRequestAsync(smb, "smb");
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Sam);

        var unclaimed = page.GetByRole(AriaRole.List, new() { Name = "Unclaimed tasks" });
        await Expect(unclaimed.GetByText($"Contact {smb} about their onboarding")).ToBeVisibleAsync();
        await Expect(page.GetByText(enterprise)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "06-other-segment-agent");
    }

    [Fact]
    public async Task a_field_the_server_refuses_shows_the_server_message_on_that_field()
    {
        await browser.Server.PublishAndStartAsync("TaskInbox/server-checked-form.json");
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, Ada);

        var row = page.GetByRole(AriaRole.List, new() { Name = "Unclaimed tasks" }).Locator("li").Filter(new() { HasText = "Check the customer code" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Form of Check the customer code" });
        await form.GetByLabel("Customer code").FillAsync("abc");
        var refusal = await page.RunAndWaitForResponseAsync(
            () => form.GetByRole(AriaRole.Button, new() { Name = "Checked" }).ClickAsync(),
            response => response.Url.EndsWith("/complete", StringComparison.Ordinal));

        Assert.Equal(400, refusal.Status);
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Customer code does not have the expected format");
        await Expect(form.GetByLabel("Customer code")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.ScreenshotAsync(page, "08-server-field-error");

        await form.GetByLabel("Customer code").FillAsync("ABC");
        await form.GetByRole(AriaRole.Button, new() { Name = "Checked" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Completed “Check the customer code” (Checked)" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task a_role_without_tasks_gets_no_task_inbox_and_sign_out_returns_to_the_start()
    {
        var page = await browser.NewPageAsync();

        await SignIn.AsAsync(page, Pat);

        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Screens" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Instances", "Integrations", "My access"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Workflow instances" })).ToBeVisibleAsync();
        await page.GotoAsync("/tasks");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Workflow instances" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My access" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My access" })).ToBeVisibleAsync();
        await Expect(page.GetByText("PlatformEngineer").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "07-platform-engineer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("embedded-banner")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "00-signed-out");
    }
}
