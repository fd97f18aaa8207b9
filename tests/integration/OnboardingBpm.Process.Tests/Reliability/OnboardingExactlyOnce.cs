namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// What "every request yields exactly one of each, nothing lost" means, checked against the vendors' records
/// and the server's lists. Each method returns one line per problem (at most a screenful) and the count.
/// </summary>
public static class OnboardingExactlyOnce
{
    private const int ShownProblems = 30;

    /// <summary>One case per transaction id, one Okta user in the segment's group, one identify and one track per contact, nothing extra.</summary>
    public static IReadOnlyList<string> VendorProblems(VendorRecords vendors, IReadOnlyList<Submission> submissions)
    {
        var problems = new List<string>();
        var cases = vendors.CasesByTransaction;
        var users = vendors.UsersByLogin;
        var events = vendors.EventsByKind;
        foreach (var submission in submissions)
        {
            var found = cases[submission.TransactionId].Count();
            if (found != 1)
            {
                problems.Add($"{submission.Id}: {found} Salesforce cases");
            }

            var user = users[submission.Email].ToList();
            if (user.Count != 1)
            {
                problems.Add($"{submission.Id}: {user.Count} Okta users");
            }
            else if (user[0]["groups"]?.AsArray().Any(g => g?.GetValue<string>() == $"segment-{submission.Segment}") != true)
            {
                problems.Add($"{submission.Id}: the Okta user is not in segment-{submission.Segment}");
            }

            var identifies = events[("identify", null, submission.Email)].Count();
            var tracks = events[("track", "Onboarding Requested", submission.Email)].Count();
            if (identifies != 1 || tracks != 1)
            {
                problems.Add($"{submission.Id}: {identifies} Segment identify and {tracks} track \"Onboarding Requested\"");
            }
        }

        var ours = submissions.Select(s => s.TransactionId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var strangers = vendors.Cases.Count(c => !ours.Contains(VendorRecords.Text(c, VendorRecords.TransactionField) ?? ""));
        if (strangers > 0)
        {
            problems.Add($"{strangers} Salesforce cases belong to no submission");
        }

        return Shown(problems);
    }

    /// <summary>
    /// Nothing lost, nothing twice on the server: one onboarding-request instance per submission (the one the load
    /// was answered with), each waiting at its one first-contact task, one welcome mail and one escalation waiting.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ServerProblemsAsync(ClusterApi api, LoadReport load, IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var instances = await api.InstancesAsync("onboarding-request", status: null, cancellationToken);
        var expected = load.InstanceIds.Values.ToHashSet();
        problems.AddRange(instances.Where(i => !expected.Contains(i.Id)).Select(i => $"instance {i.Id} ({i.Status}) answers no submission"));
        problems.AddRange(expected.Except(instances.Select(i => i.Id)).Select(id => $"instance {id} was accepted and is lost"));
        problems.AddRange(instances.Where(i => expected.Contains(i.Id) && i.Status != "Suspended").Select(i => $"instance {i.Id} is {i.Status}"));

        var tasks = (await api.TasksAsync(cancellationToken)).Where(t => t.ActivityId == "first-contact").ToLookup(t => t.InstanceId);
        problems.AddRange(expected.Where(id => tasks[id].Count() != 1).Select(id => $"instance {id} has {tasks[id].Count()} first-contact tasks"));

        var welcomes = (await api.MailsAsync("welcome", cancellationToken)).SelectMany(m => m.To).CountBy(to => to, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(submissions.Where(s => welcomes.GetValueOrDefault(s.Email) != 1).Select(s => $"{s.Id}: {welcomes.GetValueOrDefault(s.Email)} welcome mails"));

        var escalations = await api.InstancesAsync("case-escalation", status: null, cancellationToken);
        if (escalations.Count != submissions.Count || escalations.Any(e => e.Status != "Suspended"))
        {
            problems.Add($"{escalations.Count} case escalations ({string.Join(", ", escalations.CountBy(e => e.Status).Select(p => $"{p.Value} {p.Key}"))}) for {submissions.Count} cases");
        }

        var incidents = await api.OpenIncidentsAsync(cancellationToken);
        problems.AddRange(incidents.Select(i => $"open incident in {i.DefinitionId} at {i.ActivityId}: {i.Message}"));
        return Shown(problems);
    }

    /// <summary>After 72 hours: every case escalated once, in our store, in Salesforce, in the alerts and the supervisors' mail.</summary>
    public static async Task<IReadOnlyList<string>> EscalationProblemsAsync(ClusterApi api, VendorRecords vendors, IReadOnlyList<Submission> submissions, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var rows = await api.EscalationsAsync(cancellationToken);
        var perCase = rows.CountBy(r => r.SubjectId).ToList();
        if (rows.Count != submissions.Count || perCase.Count != submissions.Count)
        {
            problems.Add($"{rows.Count} escalation rows over {perCase.Count} cases for {submissions.Count} cases");
        }

        var cases = vendors.CasesByTransaction;
        problems.AddRange(submissions
            .Where(s => cases[s.TransactionId].FirstOrDefault() is not { } found || !VendorRecords.Flag(found, "IsEscalated") || VendorRecords.Text(found, "Status") != "Escalated")
            .Select(s => $"{s.Id}: the Salesforce case is not escalated"));

        foreach (var (audience, kind) in new[] { ("supervisors", "supervisors") }.Concat(submissions.Select(s => s.Segment).Distinct().Select(s => ($"segment:{s}", "segment"))))
        {
            var alerts = (await api.AlertsAsync(audience, cancellationToken)).Where(a => a.Kind == "escalation").ToList();
            var expected = audience == "supervisors" ? submissions.Count : submissions.Count(s => $"segment:{s.Segment}" == audience);
            if (alerts.Count != expected || alerts.Select(a => a.DedupKey).Distinct().Count() != expected || alerts.Any(a => !a.DedupKey.EndsWith(":" + kind, StringComparison.Ordinal)))
            {
                problems.Add($"{alerts.Count} escalation alerts for {audience} ({alerts.Select(a => a.DedupKey).Distinct().Count()} distinct), expected {expected}");
            }
        }

        var mails = await api.MailsAsync("escalation", cancellationToken);
        if (mails.Count != submissions.Count || mails.Select(m => m.InstanceId).Distinct().Count() != submissions.Count)
        {
            problems.Add($"{mails.Count} escalation mails from {mails.Select(m => m.InstanceId).Distinct().Count()} escalations, expected {submissions.Count}");
        }

        var finished = await api.InstancesAsync("case-escalation", "Finished", cancellationToken);
        if (finished.Count != submissions.Count)
        {
            problems.Add($"{finished.Count} of {submissions.Count} case escalations finished");
        }

        return Shown(problems);
    }

    private static IReadOnlyList<string> Shown(List<string> problems) =>
        problems.Count <= ShownProblems ? problems : [.. problems.Take(ShownProblems), $"… and {problems.Count - ShownProblems} more"];
}
