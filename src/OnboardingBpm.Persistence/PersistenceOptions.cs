namespace OnboardingBpm.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The <c>Persistence</c> section of appsettings.json.</summary>
public sealed class PersistenceOptions
{
    public const string Section = "Persistence";

    /// <summary>Sqlite (embedded default, a file) or PostgreSql (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string; for SQLite a relative <c>Data Source</c> is read from the working directory and
    /// its folder is created on first run.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=data/onboardingbpm.db";

    /// <summary>Apply pending migrations at startup (the default; a database made by an older version upgrades).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
