namespace OnboardingBpm.LoadHarness;

/// <summary>Prints rows as a Markdown table, so a run pastes straight into docs/benchmarks-durable.md.</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params object[] cells) =>
        rows.Add([.. cells.Select(c => c switch
        {
            double d => d.ToString("N1", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        })]);

    public void Print()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        Console.WriteLine();
        Console.WriteLine(Line(headers, widths));
        Console.WriteLine(Line([.. widths.Select(w => new string('-', w))], widths));
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row, widths));
        }

        Console.WriteLine();
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}
