namespace OnboardingBpm.LoadHarness;

/// <summary>A line every 10,000 items, so a long run shows it is alive.</summary>
internal static class Progress
{
    public static void Report(string what, int done, int total)
    {
        if (done % 10_000 == 0 && done != total)
        {
            Console.WriteLine($"  {what} {done:N0} / {total:N0} at {DateTime.UtcNow:HH:mm:ss}");
        }
    }
}
