using System.Diagnostics;
using System.Globalization;

namespace OnboardingBpm.Simulators.Hosting;

/// <summary>
/// For tests of whole processes only: real time shifted by an offset kept in a file (a <see cref="TimeSpan"/>,
/// <c>3.00:00:00</c>), so a test jumps 72 hours in every server node and the standalone simulators at once by
/// rewriting one file, and a node started later sees the same time. The file is re-read at most every 100 ms
/// of real time; a missing file is no offset, an unreadable one keeps the last offset read. Timers and
/// timestamps stay real time (the base class): only "now" jumps. Lives here because both the server and the
/// simulators' own process use it, and the server references the simulators anyway.
/// </summary>
public sealed class ClockFileTimeProvider(string path) : TimeProvider
{
    private static readonly long ReadEvery = Stopwatch.Frequency / 10;

    // Read once up front: a node started after a jump must never see the unshifted time.
    private long offsetTicks = (TryRead(path) ?? TimeSpan.Zero).Ticks;
    private long nextReadAt = Stopwatch.GetTimestamp() + ReadEvery;

    public string FilePath { get; } = global::System.IO.Path.GetFullPath(path);

    public TimeSpan Offset
    {
        get
        {
            var now = Stopwatch.GetTimestamp();
            var due = Volatile.Read(ref nextReadAt);
            if (now >= due && Interlocked.CompareExchange(ref nextReadAt, now + ReadEvery, due) == due && TryRead(FilePath) is { } read)
            {
                Volatile.Write(ref offsetTicks, read.Ticks);
            }

            return TimeSpan.FromTicks(Volatile.Read(ref offsetTicks));
        }
    }

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset;

    /// <summary>Writes the offset so that a reader never sees half a file (a new file moved over the old one).</summary>
    public static void Write(string path, TimeSpan offset)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllText(temporary, offset.ToString("c", CultureInfo.InvariantCulture));
        File.Move(temporary, path, overwrite: true);
    }

    private static TimeSpan? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? TimeSpan.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture) : TimeSpan.Zero;
        }
        catch (Exception ex) when (ex is IOException or FormatException or OverflowException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
