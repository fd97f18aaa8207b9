using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Escalations;

public sealed class InMemoryEscalationStore : IEscalationStore
{
    private readonly Lock gate = new();
    private readonly List<Escalation> escalations = [];

    public Task<bool> AddAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (escalations.Any(e => e.Id == escalation.Id || (e.SubjectKind == escalation.SubjectKind && e.SubjectId == escalation.SubjectId)))
            {
                return Task.FromResult(false);
            }

            escalations.Add(escalation);
            return Task.FromResult(true);
        }
    }

    public Task<Escalation?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(escalations.FirstOrDefault(e => e.Id == id && scope.Includes(e.Segment)));
        }
    }

    public Task<Escalation?> FindBySubjectAsync(EscalationSubject kind, string subjectId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(escalations.FirstOrDefault(e => e.SubjectKind == kind && e.SubjectId == subjectId && scope.Includes(e.Segment)));
        }
    }

    public Task<Page<Escalation>> ListAsync(EscalationQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(escalations
                .Where(e => query.Scope.Includes(e.Segment))
                .Where(e => query.CustomerId is null || e.CustomerId == query.CustomerId)
                .Where(e => !query.OpenOnly || e.AcknowledgedAt is null)
                .OrderByDescending(e => e.EscalatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)
                .ToPage(query.Skip, query.Take));
        }
    }

    public Task<bool> AcknowledgeAsync(string id, string by, DateTimeOffset at, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = escalations.FindIndex(e => e.Id == id && e.AcknowledgedAt is null && scope.Includes(e.Segment));
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            escalations[index] = escalations[index] with { AcknowledgedAt = at, AcknowledgedBy = by };
            return Task.FromResult(true);
        }
    }
}
