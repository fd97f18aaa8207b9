using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Workflows.Stores;

namespace OnboardingBpm.Onboarding.Cases;

public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, OnboardingCase> cases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CaseEvent>> timelines = new(StringComparer.Ordinal);

    public Task SaveAsync(OnboardingCase onboardingCase, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (cases.Values.Any(c => c.TransactionId == onboardingCase.TransactionId && c.Id != onboardingCase.Id))
            {
                throw new DuplicateTransactionException(onboardingCase.TransactionId);
            }

            cases[onboardingCase.Id] = onboardingCase;
        }

        return Task.CompletedTask;
    }

    public Task<OnboardingCase?> FindAsync(string id, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(cases.GetValueOrDefault(id) is { } c && scope.Includes(c.Segment) ? c : null);
        }
    }

    public Task<OnboardingCase?> FindByTransactionIdAsync(string transactionId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(cases.Values.FirstOrDefault(c => c.TransactionId == transactionId && scope.Includes(c.Segment)));
        }
    }

    public Task<Page<OnboardingCase>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(cases.Values
                .Where(c => query.Scope.Includes(c.Segment))
                .Where(c => query.CustomerId is null || c.CustomerId == query.CustomerId)
                .Where(c => query.Status is null || c.Status == query.Status)
                .Where(c => query.Phase is null || c.Phase == query.Phase)
                .Where(c => query.SubmittedFrom is null || c.SubmittedAt >= query.SubmittedFrom)
                .Where(c => query.SubmittedTo is null || c.SubmittedAt < query.SubmittedTo)
                .OrderByDescending(c => c.SubmittedAt).ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToPage(query.Skip, query.Take));
        }
    }

    public Task<bool> AppendEventAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!cases.ContainsKey(caseId))
            {
                return Task.FromResult(false);
            }

            if (!timelines.TryGetValue(caseId, out var timeline))
            {
                timelines[caseId] = timeline = [];
            }

            timeline.Add(caseEvent);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<CaseEvent>> TimelineAsync(string caseId, SegmentScope scope, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<CaseEvent> events = cases.GetValueOrDefault(caseId) is { } c && scope.Includes(c.Segment) && timelines.TryGetValue(caseId, out var timeline)
                ? timeline.OrderBy(e => e.At).ToList()
                : [];
            return Task.FromResult(events);
        }
    }

    public Task<int> ErasePersonalDataAsync(string customerId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var affected = cases.Values.Where(c => c.CustomerId == customerId && c.Contact is not null).ToList();
            foreach (var c in affected)
            {
                cases[c.Id] = c with { Contact = Contact.Erased };
            }

            return Task.FromResult(affected.Count);
        }
    }
}
