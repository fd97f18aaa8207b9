namespace OnboardingBpm.Process.Tests.Support;

/// <summary>A server's stdout and stderr, line by line, in a file a failing test prints the end of.</summary>
public sealed class ServerLog(string name, string path) : IDisposable
{
    private readonly StreamWriter writer = new(path) { AutoFlush = true };
    private bool closed;

    public string Path { get; } = path;

    public void Append(string? line)
    {
        lock (writer)
        {
            if (line is not null && !closed)
            {
                writer.WriteLine(line);
            }
        }
    }

    public string Tail(int lines = 40)
    {
        lock (writer)
        {
            using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var all = reader.ReadToEnd().TrimEnd('\n').Split('\n');
            return $"--- last {lines} lines of {name} ({Path}) ---\n" + string.Join('\n', all.TakeLast(lines));
        }
    }

    public void Dispose()
    {
        lock (writer)
        {
            closed = true;
            writer.Dispose();
        }
    }
}
