using Microsoft.EntityFrameworkCore;

namespace OnboardingBpm.Persistence.Model;

/// <summary>The onboarding application's tables: customers, cases, tickets, escalations, surveys, KB, audit.</summary>
public abstract partial class WorkflowDbContext
{
    public DbSet<CustomerRow> Customers => Set<CustomerRow>();
    public DbSet<CustomerContactRow> CustomerContacts => Set<CustomerContactRow>();
    public DbSet<CaseRow> Cases => Set<CaseRow>();
    public DbSet<CaseEventRow> CaseEvents => Set<CaseEventRow>();
    public DbSet<TicketRow> Tickets => Set<TicketRow>();
    public DbSet<EscalationRow> Escalations => Set<EscalationRow>();
    public DbSet<SurveyInvitationRow> SurveyInvitations => Set<SurveyInvitationRow>();
    public DbSet<SurveyResponseRow> SurveyResponses => Set<SurveyResponseRow>();
    public DbSet<KbArticleRow> KbArticles => Set<KbArticleRow>();
    public DbSet<KbArticleVersionRow> KbArticleVersions => Set<KbArticleVersionRow>();
    public DbSet<AuditRow> AuditLog => Set<AuditRow>();

    private static void ConfigureOnboarding(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CustomerRow>(e =>
        {
            e.ToTable("customers");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Segment, x.Name });
            e.HasIndex(x => x.SalesforceAccountId);
            e.Property(x => x.Segment).HasMaxLength(40);
        });
        modelBuilder.Entity<CustomerContactRow>(e =>
        {
            e.ToTable("customer_contacts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.CustomerId, x.Position }).IsUnique();
            e.HasIndex(x => x.EmailIndex);
            e.Property(x => x.EmailIndex).HasMaxLength(64);
        });
        modelBuilder.Entity<CaseRow>(e =>
        {
            e.ToTable("onboarding_cases");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.TransactionId).IsUnique();
            e.HasIndex(x => new { x.Segment, x.Status, x.SubmittedAt });
            e.HasIndex(x => x.CustomerId);
            e.Property(x => x.Segment).HasMaxLength(40);
            e.Property(x => x.Phase).HasMaxLength(40);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<CaseEventRow>(e =>
        {
            e.ToTable("case_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.CaseId, x.At });
        });
        modelBuilder.Entity<TicketRow>(e =>
        {
            e.ToTable("support_tickets");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Segment, x.Status, x.CreatedAt });
            e.HasIndex(x => x.CustomerId);
            e.HasIndex(x => x.Assignee);
            e.Property(x => x.Segment).HasMaxLength(40);
            e.Property(x => x.Priority).HasMaxLength(20);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<EscalationRow>(e =>
        {
            e.ToTable("escalations");
            e.HasKey(x => x.Id);
            // Each case or ticket is escalated once, whichever node's timer fires first.
            e.HasIndex(x => new { x.SubjectKind, x.SubjectId }).IsUnique();
            e.HasIndex(x => new { x.Segment, x.EscalatedAt });
            e.HasIndex(x => x.CustomerId);
            e.Property(x => x.SubjectKind).HasMaxLength(20);
            e.Property(x => x.Segment).HasMaxLength(40);
        });
        modelBuilder.Entity<SurveyInvitationRow>(e =>
        {
            e.ToTable("survey_invitations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.CustomerId);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Segment).HasMaxLength(40);
        });
        modelBuilder.Entity<SurveyResponseRow>(e =>
        {
            e.ToTable("survey_responses");
            e.HasKey(x => x.InvitationId);
            e.HasIndex(x => new { x.Segment, x.AnsweredAt });
            e.HasIndex(x => x.CustomerId);
            e.Property(x => x.Segment).HasMaxLength(40);
        });
        modelBuilder.Entity<KbArticleRow>(e =>
        {
            e.ToTable("kb_articles");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Title);
        });
        modelBuilder.Entity<KbArticleVersionRow>(e =>
        {
            e.ToTable("kb_article_versions");
            e.HasKey(x => new { x.ArticleId, x.Version });
        });
        modelBuilder.Entity<AuditRow>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ResourceKind, x.ResourceId, x.At });
            e.HasIndex(x => new { x.Actor, x.At });
            e.HasIndex(x => x.At);
            e.Property(x => x.Action).HasMaxLength(20);
        });
    }
}
