using System.Text.RegularExpressions;

namespace OnboardingBpm.Server.Tests.Docs;

/// <summary>
/// The key tables of docs/configuration.md: rows under a "| key | environment variable | default | meaning |" header.
/// A <c>{placeholder}</c> segment of a documented key stands for any one segment (<c>Integrations:{Vendor}:…</c>).
/// </summary>
public sealed class ConfigurationDoc
{
    public const string RelativePath = "repo/docs/configuration.md";
    private const string KeyTableHeader = "| key | environment variable | default | meaning |";

    private ConfigurationDoc(IReadOnlyList<Row> rows) => Rows = rows;

    public sealed record Row(string Key, string EnvironmentVariable, Regex Pattern)
    {
        /// <summary>The key itself, or one item of it when it is an array (<c>Authentication:SpaScopes:0</c>).</summary>
        public bool Spells(string key) => Pattern.IsMatch(key) || Pattern.IsMatch(WithoutIndexes(key));
    }

    public IReadOnlyList<Row> Rows { get; }

    public static ConfigurationDoc Load()
    {
        var rows = new List<Row>();
        var inKeyTable = false;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, RelativePath)))
        {
            if (!line.StartsWith('|'))
            {
                inKeyTable = false;
                continue;
            }

            if (line.Trim() == KeyTableHeader)
            {
                inKeyTable = true;
                continue;
            }

            var cells = line.Split('|');
            if (inKeyTable && cells.Length > 3 && cells[1].Trim() is ['`', .., '`'] key)
            {
                rows.Add(new Row(key.Trim('`'), cells[2].Trim().Trim('`'), PatternOf(key.Trim('`'))));
            }
        }

        return new ConfigurationDoc(rows);
    }

    /// <summary>
    /// True when a row documents the key. An environment variable or compose entry may add array indexes
    /// (<c>Authentication__SpaScopes__0</c>): the key without its trailing numbers counts too.
    /// </summary>
    public bool Documents(string key) => Rows.Any(row => row.Spells(key));

    /// <summary>The configuration key an environment variable sets (<c>__</c> is <c>:</c>).</summary>
    public static string KeyOfVariable(string variable) => variable.Replace("__", ":", StringComparison.Ordinal);

    private static string WithoutIndexes(string key) => Regex.Replace(key, @"(:\d+)+$", "");

    private static Regex PatternOf(string key) =>
        new("^" + string.Join(":", key.Split(':').Select(s => s.StartsWith('{') && s.EndsWith('}') ? "[^:]+" : Regex.Escape(s))) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
