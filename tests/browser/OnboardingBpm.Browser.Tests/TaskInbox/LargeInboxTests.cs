using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OnboardingBpm.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace OnboardingBpm.Browser.Tests.TaskInbox;

/// <summary>
/// An agent with 1,000 unclaimed tasks: the inbox renders a window of rows, scrolls to the last task by due time, and
/// that task can be opened and claimed. Load and scroll timings are written out, not asserted (a busy machine would
/// fail them without the app being slower).
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class LargeInboxTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Tasks = 1000;
    private const int OtherSegmentTasks = 5;
    private const int RowHeight = 64;
    private const int MostRowsRendered = 60;
    private const string Ada = "ada.agent@onboardingbpm.local";

    [Fact]
    public async Task an_inbox_of_1000_tasks_renders_a_window_of_rows_and_reaches_the_last_task()
    {
        var seeding = Stopwatch.StartNew();
        await SeedAsync();
        seeding.Stop();
        Report($"seeded {Tasks} enterprise + {OtherSegmentTasks} smb tasks through POST /api/workflow-instances in {seeding.ElapsedMilliseconds} ms");

        // Task n is due n minutes after its start: half an hour later tasks 1 to 30 are overdue.
        browser.Server.Clock.Advance(TimeSpan.FromMinutes(30.5));
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, Ada);

        var opening = Stopwatch.StartNew();
        await page.GotoAsync("/tasks");
        var unclaimed = page.GetByRole(AriaRole.List, new() { Name = "Unclaimed tasks" });
        await Expect(TitleButton(unclaimed, 1)).ToBeVisibleAsync();
        opening.Stop();
        var loadedAt = await MarkAsync(page, "inbox:loaded");
        var renderedAt = await MarkAsync(page, "inbox:rendered");
        var render = string.Create(CultureInfo.InvariantCulture,
            $"full page load of /tasks with {Tasks} tasks: lists fetched {loadedAt:F0} ms, first frame with the list {renderedAt:F0} ms after navigation (Playwright: first row visible after {opening.ElapsedMilliseconds} ms)");
        Report(render);

        var rows = unclaimed.Locator("li");
        await Expect(rows.First).ToHaveAttributeAsync("aria-setsize", Tasks.ToString(CultureInfo.InvariantCulture));
        Assert.InRange(await rows.CountAsync(), 5, MostRowsRendered);
        await Expect(rows.First).ToContainTextAsync("Overdue");
        await BrowserFixture.ScreenshotAsync(page, "inbox-1000-top");

        await TitleButton(unclaimed, 1).FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(TitleButton(unclaimed, Tasks)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(TitleButton(unclaimed, Tasks - 1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Expect(TitleButton(unclaimed, 1)).ToBeFocusedAsync();

        var frames = await ScrollFrames.MeasureAsync(page, "ul[aria-label='Unclaimed tasks']", 4 * RowHeight);
        var scroll = $"scroll of all {Tasks} rows, {4 * RowHeight} px a frame: {frames.Summary()}";
        Report(scroll);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Screenshots, "inbox-1000-render-ms.txt"), render + "\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Screenshots, "inbox-1000-scroll-frames.txt"), scroll + "\n", TestContext.Current.CancellationToken);
        Assert.InRange(frames.MostRows, 5, MostRowsRendered);

        // A Has locator is resolved inside each row, so it starts from the page, not from the list.
        var last = rows.Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = Title(Tasks), Exact = true }) });
        await Expect(TitleButton(unclaimed, Tasks)).ToBeInViewportAsync();
        await Expect(last).ToHaveAttributeAsync("aria-posinset", Tasks.ToString(CultureInfo.InvariantCulture));
        await Expect(last).Not.ToContainTextAsync("Overdue");
        await BrowserFixture.ScreenshotAsync(page, "inbox-1000-bottom");

        await TitleButton(unclaimed, Tasks).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Article, new() { Name = "Task" }).GetByRole(AriaRole.Heading, new() { Name = Title(Tasks) })).ToBeVisibleAsync();
        await last.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await Expect(TitleButton(page.GetByRole(AriaRole.List, new() { Name = "My tasks" }), Tasks)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = $"Form of {Title(Tasks)}" })).ToBeVisibleAsync();
        await Expect(rows.First).ToHaveAttributeAsync("aria-setsize", (Tasks - 1).ToString(CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "inbox-1000-claimed-last");
    }

    private static string Title(int n) => string.Create(CultureInfo.InvariantCulture, $"Inbox load task {n:D4}");

    private static ILocator TitleButton(ILocator list, int n) => list.GetByRole(AriaRole.Button, new() { Name = Title(n), Exact = true });

    private static Task<double> MarkAsync(IPage page, string name) =>
        page.EvaluateAsync<double>("name => performance.getEntriesByName(name).at(-1)?.startTime ?? -1", name);

    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    /// <summary>Through the API as an admin would: one definition, then one start per task, a few at a time.</summary>
    private async Task SeedAsync()
    {
        using var admin = await browser.Server.ClientAsAsync("alex.admin@onboardingbpm.local");
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TaskInbox", "numbered-task.json"), TestContext.Current.CancellationToken))!;
        var imported = await admin.PostAsJsonAsync("/api/workflow-definitions/import", definition, TestContext.Current.CancellationToken);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var starts = Enumerable.Range(1, Tasks).Select(n => (n, segment: "enterprise"))
            .Concat(Enumerable.Range(1, OtherSegmentTasks).Select(n => (n, segment: "smb")));
        await Parallel.ForEachAsync(starts, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (start, cancellationToken) =>
        {
            var input = new { n = start.n, label = start.segment == "smb" ? $"smb {start.n}" : start.n.ToString("D4", CultureInfo.InvariantCulture), start.segment };
            var started = await admin.PostAsJsonAsync("/api/workflow-instances", new { definitionId = definition["definitionId"]!.GetValue<string>(), input }, cancellationToken);
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        });
    }
}
