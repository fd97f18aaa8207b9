namespace OnboardingBpm.Integrations.Runs;

public sealed class InMemoryIntegrationRunLog : IIntegrationRunLog
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IntegrationRun> runs = [];

    public Task SaveAsync(IntegrationRun run, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            runs[run.Id] = run;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IntegrationRun>> ListAsync(string? kind = null, int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<IntegrationRun> page = runs.Values
                .Where(r => kind is null || r.Kind == kind)
                .OrderByDescending(r => r.StartedAt)
                .Skip(skip)
                .Take(take)
                .ToList();
            return Task.FromResult(page);
        }
    }
}
