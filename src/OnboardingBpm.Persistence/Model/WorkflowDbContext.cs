using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OnboardingBpm.Persistence.Model;

/// <summary>
/// The engine's tables. Each provider has its own subclass so that it carries its own migrations; the model is
/// the same. Table and column names are snake_case so they read well in psql and sqlite3.
/// </summary>
public abstract partial class WorkflowDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DefinitionVersionRow> DefinitionVersions => Set<DefinitionVersionRow>();
    public DbSet<DraftRow> Drafts => Set<DraftRow>();
    public DbSet<TriggerRow> Triggers => Set<TriggerRow>();
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();
    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();
    public DbSet<JournalRow> Journal => Set<JournalRow>();
    public DbSet<IncidentRow> Incidents => Set<IncidentRow>();
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<PendingResumeRow> ResumeInbox => Set<PendingResumeRow>();
    public DbSet<MailRow> Mails => Set<MailRow>();
    public DbSet<AlertRow> Alerts => Set<AlertRow>();
    public DbSet<IntegrationRunRow> IntegrationRuns => Set<IntegrationRunRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionVersionRow>(e =>
        {
            e.ToTable("workflow_definition_versions");
            e.HasKey(x => new { x.DefinitionId, x.Version });
            e.Property(x => x.DefinitionId).HasMaxLength(100);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<DraftRow>(e =>
        {
            e.ToTable("workflow_drafts");
            e.HasKey(x => x.DefinitionId);
        });
        modelBuilder.Entity<TriggerRow>(e =>
        {
            e.ToTable("workflow_triggers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.DefinitionId);
            e.HasIndex(x => x.NextDueAt);
        });
        modelBuilder.Entity<InstanceRow>(e =>
        {
            e.ToTable("workflow_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Status).HasMaxLength(20);
            e.HasIndex(x => x.Status);
            e.HasIndex(x => new { x.DefinitionId, x.DefinitionVersion });
            e.HasIndex(x => x.CorrelationId);
            e.HasIndex(x => x.CreatedAt);
        });
        modelBuilder.Entity<BookmarkRow>(e =>
        {
            e.ToTable("workflow_bookmarks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Hash);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.DueAt);
        });
        modelBuilder.Entity<JournalRow>(e =>
        {
            e.ToTable("workflow_journal");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.InstanceId, x.Sequence });
            e.HasIndex(x => x.RecordedAt);
        });
        modelBuilder.Entity<IncidentRow>(e =>
        {
            e.ToTable("workflow_incidents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => x.ResolvedAt);
        });
        modelBuilder.Entity<TaskRow>(e =>
        {
            e.ToTable("human_tasks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => new { x.Status, x.Segment });
            e.HasIndex(x => x.Assignee);
        });
        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("workflow_outbox");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.DispatchedAt);
        });
        modelBuilder.Entity<PendingResumeRow>(e =>
        {
            e.ToTable("workflow_resume_inbox");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CreatedAt);
        });

        ConfigureIntegrations(modelBuilder);
        ConfigureOnboarding(modelBuilder);
        ConfigureKpis(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static void ConfigureIntegrations(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MailRow>(e =>
        {
            e.ToTable("mail_outbox");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.StoredAt);
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<AlertRow>(e =>
        {
            e.ToTable("alerts");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.DedupKey).IsUnique();
            e.HasIndex(x => new { x.Audience, x.CreatedAt });
            e.Property(x => x.Severity).HasMaxLength(20);
        });
        modelBuilder.Entity<IntegrationRunRow>(e =>
        {
            e.ToTable("integration_runs");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Kind, x.StartedAt });
            e.Property(x => x.Status).HasMaxLength(20);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored in UTC; SQLite gets them as ticks so that comparisons and ORDER BY work.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion(InstantConverter);
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion(InstantConverter);
    }

    /// <summary>How this provider stores an instant.</summary>
    protected abstract Type InstantConverter { get; }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

/// <summary>SQLite: instants as UTC ticks (an integer column sorts and compares correctly).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>PostgreSQL: timestamptz accepts only UTC offsets from Npgsql.</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v.ToUniversalTime());
