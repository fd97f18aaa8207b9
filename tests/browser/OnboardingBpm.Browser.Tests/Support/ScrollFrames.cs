using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace OnboardingBpm.Browser.Tests.Support;

/// <summary>
/// Scrolls a scroll container from top to bottom, a fixed step each animation frame, and collects in the page what
/// a person would feel: the time between frames, frames where the middle of the view showed no row, and the most
/// rows the list held at once.
/// </summary>
internal sealed record ScrollFrames(double[] FrameMs, int BlankFrames, int MostRows, double TotalMs)
{
    /// <summary>Longer than this a frame is a visible hitch (the RAIL model's 50 ms task budget).</summary>
    public const double LongFrameMs = 50;

    private const int MaxFrames = 5_000;

    private const string Script = """
        ([listSelector, step, maxFrames]) => new Promise((resolve, reject) => {
          const list = document.querySelector(listSelector);
          if (!list) { reject(new Error('no list ' + listSelector)); return; }
          const scroller = list.parentElement;
          const frames = [];
          let blank = 0, mostRows = 0, last = 0, first = 0;
          scroller.scrollTop = 0;
          const frame = (time) => {
            frames.push(time - last);
            last = time;
            const box = scroller.getBoundingClientRect();
            const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            if (!seen || !seen.closest('li[data-index]')) { blank++; }
            mostRows = Math.max(mostRows, list.querySelectorAll('li').length);
            const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
            if (atBottom || frames.length >= maxFrames) {
              resolve({ frames, blank, mostRows, total: time - first });
              return;
            }
            scroller.scrollTop += step;
            requestAnimationFrame(frame);
          };
          requestAnimationFrame((time) => { first = last = time; scroller.scrollTop += step; requestAnimationFrame(frame); });
        })
        """;

    public static async Task<ScrollFrames> MeasureAsync(IPage page, string listSelector, int stepPixels)
    {
        var result = await page.EvaluateAsync<JsonElement>(Script, new object[] { listSelector, stepPixels, MaxFrames });
        return new ScrollFrames(
            result.GetProperty("frames").EnumerateArray().Select(f => f.GetDouble()).ToArray(),
            result.GetProperty("blank").GetInt32(),
            result.GetProperty("mostRows").GetInt32(),
            result.GetProperty("total").GetDouble());
    }

    public double Mean => FrameMs.Average();

    public double Percentile(double p)
    {
        var sorted = FrameMs.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public int LongFrames => FrameMs.Count(ms => ms > LongFrameMs);

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{FrameMs.Length} frames in {TotalMs:F0} ms; frame time mean {Mean:F1} ms, p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, max {FrameMs.Max():F1} ms; " +
        $"long frames (> {LongFrameMs:F0} ms) {LongFrames}; frames with no row in the middle of the view {BlankFrames}; most rows in the DOM {MostRows}");
}
