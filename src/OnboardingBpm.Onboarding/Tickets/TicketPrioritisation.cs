using OnboardingBpm.Onboarding.Customers;

namespace OnboardingBpm.Onboarding.Tickets;

/// <summary>What the customer data says about a new ticket: its priority, and what is missing to trust it.</summary>
public sealed record TicketAssessment(TicketPriority Priority, IReadOnlyList<string> MissingData)
{
    /// <summary>Incomplete customer data cannot be prioritised automatically: a person triages the ticket.</summary>
    public bool NeedsTriage => MissingData.Count > 0;
}

/// <summary>
/// Prioritises a ticket from the customer's data: the urgency the customer stated (Medium when none), one level
/// higher for enterprise customers and the premium tier. A customer without a tier or without a contact address
/// has incomplete data, so the ticket goes to triage instead of being trusted to the rule.
/// </summary>
public static class TicketPrioritisation
{
    public const string PremiumTier = "premium";

    public static TicketAssessment Assess(Customer customer, TicketPriority? statedUrgency)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(customer.Tier))
        {
            missing.Add("tier");
        }

        if (!customer.Contacts.Any(c => !string.IsNullOrWhiteSpace(c.Email)))
        {
            missing.Add("contact email");
        }

        var stated = statedUrgency ?? TicketPriority.Medium;
        var important = customer.Segment == Segments.Enterprise
            || string.Equals(customer.Tier?.Trim(), PremiumTier, StringComparison.OrdinalIgnoreCase);
        var priority = important && stated < TicketPriority.Urgent ? stated + 1 : stated;
        return new TicketAssessment(priority, missing);
    }
}
