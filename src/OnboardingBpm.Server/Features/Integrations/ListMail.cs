using OnboardingBpm.Integrations.Email;
using OnboardingBpm.Server.Errors;

namespace OnboardingBpm.Server.Features.Integrations;

/// <summary>The local outbox: every mail the workflows sent, newest first, without bodies.</summary>
public static class ListMail
{
    public sealed record MailSummary(string Id, DateTimeOffset StoredAt, string Transport, string Subject, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string? Category, string? InstanceId, IReadOnlyList<string> Attachments);

    public static async Task<IResult> HandleAsync(IMailOutbox outbox, string? recipient, string? category, string? instanceId, int? skip, int? take, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        Paging.Check(skip, take, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The filter is not valid.", problems);
        }

        var mails = await outbox.ListAsync(new MailQuery(recipient, category, instanceId, skip ?? 0, take ?? 50), cancellationToken);
        return TypedResults.Ok(mails.Select(Summarise).ToList());
    }

    internal static MailSummary Summarise(StoredMail mail) => new(
        mail.Message.Id,
        mail.StoredAt,
        mail.Transport,
        mail.Message.Subject,
        mail.Message.To,
        mail.Message.Cc,
        mail.Message.Category,
        mail.Message.InstanceId,
        mail.Message.Attachments.Select(a => a.FileName).ToList());
}
