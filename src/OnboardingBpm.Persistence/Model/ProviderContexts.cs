using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OnboardingBpm.Persistence.Model;

/// <summary>The embedded default: a SQLite file under the data folder.</summary>
public sealed class SqliteWorkflowDbContext(DbContextOptions<SqliteWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override Type InstantConverter => typeof(UtcTicksConverter);
}

/// <summary>The production store.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override Type InstantConverter => typeof(UtcConverter);
}

/// <summary>Lets <c>dotnet ef migrations add --context SqliteWorkflowDbContext</c> build the context without a host.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteWorkflowDbContext>
{
    public SqliteWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkflowDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Design-time factory for the PostgreSQL migrations; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
