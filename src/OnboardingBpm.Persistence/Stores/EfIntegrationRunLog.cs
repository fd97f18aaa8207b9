using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OnboardingBpm.Integrations.Runs;
using OnboardingBpm.Persistence.Model;

namespace OnboardingBpm.Persistence.Stores;

public sealed class EfIntegrationRunLog(WorkflowContexts contexts) : IIntegrationRunLog
{
    public async Task SaveAsync(IntegrationRun run, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var row = await db.IntegrationRuns.FirstOrDefaultAsync(r => r.Id == run.Id, cancellationToken);
        if (row is null)
        {
            row = new IntegrationRunRow { Id = run.Id };
            db.IntegrationRuns.Add(row);
        }

        row.Kind = run.Kind;
        row.StartedAt = run.StartedAt;
        row.CompletedAt = run.CompletedAt;
        row.Status = run.Status.ToString();
        row.InstanceId = run.InstanceId;
        row.Summary = run.Summary?.ToJsonString();
        row.Error = run.Error;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<IntegrationRun>> ListAsync(string? kind = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Create();
        var rows = db.IntegrationRuns.AsNoTracking();
        if (kind is not null)
        {
            rows = rows.Where(r => r.Kind == kind);
        }

        var page = await rows.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return page.Select(r => new IntegrationRun
        {
            Id = r.Id,
            Kind = r.Kind,
            StartedAt = r.StartedAt,
            CompletedAt = r.CompletedAt,
            Status = Enum.Parse<IntegrationRunStatus>(r.Status),
            InstanceId = r.InstanceId,
            Summary = r.Summary is null ? null : JsonNode.Parse(r.Summary) as JsonObject,
            Error = r.Error,
        }).ToList();
    }
}
