using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Cases;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Onboarding.Tickets;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Kpis;

/// <summary>
/// Facts of one period saved through the domain stores the server uses, from the given start on: an smb
/// case active after 10 days, first-contact resolution 1 of 2 in enterprise (off the 85% target) and 1 of 1 in
/// smb, and one smb survey answer rated 5. Nothing is escalated, so SLA attainment is 100%.
/// </summary>
internal static class SeededKpiFacts
{
    public static async Task SaveAsync(ServerFactory factory, DateTimeOffset start)
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..12];
        await factory.Services.GetRequiredService<ICaseStore>().SaveAsync(new OnboardingCase
        {
            Id = $"case-{suffix}",
            CustomerId = $"cust-{suffix}",
            Segment = "smb",
            TransactionId = $"tx-{suffix}",
            Status = CaseStatus.Resolved,
            SubmittedAt = start,
            ActiveAt = start.AddDays(10),
            ResolvedAt = start.AddDays(10),
        }, ct);

        var tickets = factory.Services.GetRequiredService<ITicketStore>();
        foreach (var (id, segment, firstContact) in new[] { ("e1", "enterprise", true), ("e2", "enterprise", false), ("s1", "smb", true) })
        {
            await tickets.SaveAsync(new SupportTicket
            {
                Id = $"ticket-{id}-{suffix}",
                CustomerId = $"cust-{suffix}",
                Segment = segment,
                Status = TicketStatus.Resolved,
                CreatedAt = start.AddHours(1),
                ResolvedAt = start.AddDays(1),
                FirstContactResolution = firstContact,
            }, ct);
        }

        var surveys = factory.Services.GetRequiredService<ISurveyStore>();
        var (token, hash) = SurveyTokens.Create();
        await surveys.AddInvitationAsync(new SurveyInvitation
        {
            Id = $"survey-{suffix}",
            CustomerId = $"cust-{suffix}",
            Segment = "smb",
            SubjectId = $"case-{suffix}",
            TokenHash = hash,
            CreatedAt = start.AddDays(10),
            ExpiresAt = start.AddDays(17),
        }, ct);
        await surveys.AnswerAsync(token, 5, null, start.AddDays(11), ct);
    }
}
