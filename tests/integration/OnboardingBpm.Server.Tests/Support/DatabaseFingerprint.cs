using Npgsql;

namespace OnboardingBpm.Server.Tests.Support;

/// <summary>
/// Every table of a server's PostgreSQL database with its row count and a hash of all its rows: equal fingerprints
/// before and after a request mean it wrote nothing anywhere (no insert, update or delete in any table).
/// </summary>
public sealed class DatabaseFingerprint
{
    private readonly SortedDictionary<string, string> tables;

    private DatabaseFingerprint(SortedDictionary<string, string> tables) => this.tables = tables;

    public static async Task<DatabaseFingerprint> TakeAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var names = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var hash = new NpgsqlCommand($"SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM {quoted} t", connection);
            tables[name] = (string)(await hash.ExecuteScalarAsync(cancellationToken))!;
        }

        return new DatabaseFingerprint(tables);
    }

    /// <summary>The tables that differ from <paramref name="before"/>, as "table: before -> after"; empty when none do.</summary>
    public string ChangesSince(DatabaseFingerprint before) =>
        string.Join("; ", tables.Keys.Union(before.tables.Keys)
            .Where(t => tables.GetValueOrDefault(t) != before.tables.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.tables.GetValueOrDefault(t) ?? "absent"} -> {tables.GetValueOrDefault(t) ?? "absent"}"));

    public int TableCount => tables.Count;
}
