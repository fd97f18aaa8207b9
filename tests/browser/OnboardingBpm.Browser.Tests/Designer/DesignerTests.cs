using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.Designer;

/// <summary>The designer in a real browser: a process owner builds, fixes, publishes and starts a workflow; a large one opens fast.</summary>
public sealed partial class DesignerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Owen = "owen.owner@onboardingbpm.local";

    [Fact]
    public async Task a_process_owner_builds_a_workflow_fixes_a_missing_input_publishes_and_starts_it()
    {
        var definitionId = $"designed-{Guid.NewGuid():N}"[..17];
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, Owen);
        await page.GetByRole(AriaRole.Link, new() { Name = "Designer" }).ClickAsync();
        await page.GetByLabel("New workflow id").FillAsync(definitionId);
        await page.GetByLabel("New workflow name").FillAsync("Designed in the browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "New workflow" }).ClickAsync();
        await Expect(page.Locator(".designer[data-ready='true']")).ToBeVisibleAsync();

        var palette = page.GetByRole(AriaRole.Complementary, new() { Name = "Palette" });
        await palette.GetByLabel("Search activities").FillAsync("log");
        await Expect(palette.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true })).ToHaveCountAsync(0);
        await palette.GetByLabel("Search activities").FillAsync("");
        foreach (var name in new[] { "Start", "Log", "Finish" })
        {
            await palette.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();
        }

        var problems = page.GetByRole(AriaRole.List, new() { Name = "Problems" });
        await Expect(problems).ToContainTextAsync("'Message' is required");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fit View" }).ClickAsync();
        await ConnectAsync(page, "start1", "Done", "log1");
        await ConnectAsync(page, "log1", "Done", "finish1");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(2);

        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Control+Shift+z");
        await Expect(page.Locator(".react-flow__edge")).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Auto layout" }).ClickAsync();

        await Expect(problems).ToContainTextAsync("'Message' is required");
        await Expect(Node(page, "log1").Locator(".activity-problems")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "designer-01-missing-input");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.Locator(".designer-banner.error")).ToContainTextAsync("Publish refused");
        await Expect(problems).ToContainTextAsync("'Message' is required");

        await Node(page, "log1").ClickAsync();
        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+v");
        await Expect(Node(page, "log2")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Expect(Node(page, "log2")).ToHaveCountAsync(0);

        await problems.GetByRole(AriaRole.Button, new() { Name = "log1" }).ClickAsync();
        var properties = page.GetByRole(AriaRole.Region, new() { Name = "Properties" });
        await Expect(properties.GetByRole(AriaRole.Alert)).ToHaveTextAsync("'Message' is required");
        await properties.GetByLabel("Message *", new() { Exact = true }).FillAsync("Hello from the designer");
        await Expect(page.GetByText("No problems found.")).ToBeVisibleAsync();
        await Expect(Node(page, "log1").Locator(".activity-problems")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "designer-02-fixed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published version 1." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start instance" }).ClickAsync();
        var started = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Started instance" });
        await Expect(started).ToBeVisibleAsync();
        var instanceId = StartedInstance().Match(await started.InnerTextAsync()).Groups[1].Value;

        await page.GetByRole(AriaRole.Tab, new() { Name = "Versions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Version history" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "designer-03-published-and-started");

        using var admin = await browser.Server.ClientAsAsync("alex.admin@onboardingbpm.local");
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}", TestContext.Current.CancellationToken);
        Assert.Equal(definitionId, instance!["definitionId"]!.GetValue<string>());
        Assert.Equal(1, instance["definitionVersion"]!.GetValue<int>());
        Assert.Equal("Finished", instance["status"]!.GetValue<string>());
    }

    private static ILocator Node(IPage page, string id) => page.Locator($".react-flow__node[data-id='{id}']");

    /// <summary>Drags from a node's outcome port to another node's input, as a person does with the mouse.</summary>
    private static async Task ConnectAsync(IPage page, string source, string port, string target)
    {
        var from = await Node(page, source).Locator($".react-flow__handle.source[data-handleid='{port}']").BoundingBoxAsync();
        var to = await Node(page, target).Locator(".react-flow__handle.target").BoundingBoxAsync();
        await page.Mouse.MoveAsync(from!.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to!.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 8 });
        await page.Mouse.UpAsync();
    }

    [GeneratedRegex("Started instance ([^ ]+)\\.")]
    private static partial Regex StartedInstance();
}
