using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Persistence.Model;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Persistence.Stores;

/// <summary>Resumes waiting for a busy instance, in arrival order.</summary>
public sealed class EfResumeInbox(WorkflowContexts contexts) : IResumeInbox
{
    public async Task EnqueueAsync(PendingResume resume, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        db.ResumeInbox.Add(new PendingResumeRow { Id = resume.Id, BookmarkId = resume.BookmarkId, Payload = resume.Payload, CreatedAt = resume.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PendingResume>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = await db.ResumeInbox.AsNoTracking().OrderBy(r => r.CreatedAt).Take(max).ToListAsync(cancellationToken);
        return rows.Select(r => new PendingResume(r.Id, r.BookmarkId, r.Payload, r.CreatedAt)).ToList();
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        await db.ResumeInbox.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
    }
}
