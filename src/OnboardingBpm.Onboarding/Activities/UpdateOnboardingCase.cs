using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Audit;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Workflows.Activities;
using OnboardingBpm.Workflows.Execution;

namespace OnboardingBpm.Onboarding.Activities;

[Activity("UpdateOnboardingCase", OnboardingActivities.Category, "Update onboarding case",
    Description = "Changes the phase, status, health score or milestone timestamps of an onboarding case and notes it on the timeline. Empty inputs leave the field as it is.")]
public sealed class UpdateOnboardingCase : Activity
{
    [Input(Description = "The id of the onboarding case.", Required = true)]
    public Input<string> CaseId { get; set; } = default!;

    [Input(Description = "The onboarding phase the case is in now.")]
    public Input<OnboardingPhase?> Phase { get; set; } = default!;

    [Input(Description = "The case's status now.")]
    public Input<CaseStatus?> Status { get; set; } = default!;

    [Input(Description = "0-100; below 70 is an early warning.")]
    public Input<int?> HealthScore { get; set; } = default!;

    [Input(Description = "When the customer was first contacted; an earlier first contact is kept.")]
    public Input<DateTimeOffset?> FirstContactAt { get; set; } = default!;

    [Input(Description = "When the case was resolved.")]
    public Input<DateTimeOffset?> ResolvedAt { get; set; } = default!;

    [Input(Description = "When the customer became Active.")]
    public Input<DateTimeOffset?> ActiveAt { get; set; } = default!;

    [Input(Description = "A line for the case's timeline (no personal data).", UIHint = UIHints.MultiLine)]
    public Input<string?> Note { get; set; } = default!;

    public override IEnumerable<ActivityProblem> Validate()
    {
        if (HealthScore.Literal() is < 0 or > 100)
        {
            yield return new ActivityProblem("healthScore", "The health score is 0-100.");
        }
    }

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var cases = context.Services.GetRequiredService<ICaseStore>();
        var caseId = context.Get(CaseId);
        var current = await cases.FindAsync(caseId, SegmentScope.All, context.CancellationToken)
            ?? throw new ActivityFaultException($"There is no onboarding case {caseId}.") { Permanent = true };
        var health = context.Get(HealthScore);
        if (health is < 0 or > 100)
        {
            throw new ActivityFaultException($"The health score {health} is not within 0-100.") { Permanent = true };
        }

        var updated = current with
        {
            Phase = context.Get(Phase) ?? current.Phase,
            Status = context.Get(Status) ?? current.Status,
            HealthScore = health ?? current.HealthScore,
            FirstContactAt = Earliest(current.FirstContactAt, context.Get(FirstContactAt)),
            ResolvedAt = context.Get(ResolvedAt) ?? current.ResolvedAt,
            ActiveAt = context.Get(ActiveAt) ?? current.ActiveAt,
        };
        if (updated != current)
        {
            await cases.SaveAsync(updated, context.CancellationToken);
            await context.RecordAsync(AuditAction.Update, AuditResources.Case, caseId, current.Segment, Changes(current, updated));
        }

        if (context.Get(Note) is { Length: > 0 } note && !await NotedAlreadyAsync(cases, caseId, note, context))
        {
            await cases.AppendEventAsync(caseId, new CaseEvent(context.Now, NoteKind, OnboardingActivities.Actor, note), context.CancellationToken);
        }

        context.Complete();
    }

    /// <summary>Which fields changed, by name (values are facts: phase, status, score, times).</summary>
    private static string Changes(OnboardingCase before, OnboardingCase after) => string.Join(", ", new[]
    {
        before.Phase != after.Phase ? $"phase {after.Phase}" : null,
        before.Status != after.Status ? $"status {after.Status}" : null,
        before.HealthScore != after.HealthScore ? $"health {after.HealthScore}" : null,
        before.FirstContactAt != after.FirstContactAt ? "first contact" : null,
        before.ResolvedAt != after.ResolvedAt ? "resolved at" : null,
        before.ActiveAt != after.ActiveAt ? "active at" : null,
    }.OfType<string>());

    private static DateTimeOffset? Earliest(DateTimeOffset? current, DateTimeOffset? given) =>
        current is { } c && given is { } g ? (c <= g ? c : g) : current ?? given;

    private const string NoteKind = "note";

    // A replay finds its note as the newest entry; the same text after other entries is a new note.
    private static async Task<bool> NotedAlreadyAsync(ICaseStore cases, string caseId, string note, ActivityExecutionContext context) =>
        (await cases.TimelineAsync(caseId, SegmentScope.All, context.CancellationToken)).LastOrDefault() is { Kind: NoteKind } last && last.Text == note;
}
