using OnboardingBpm.Onboarding.Customers;
using OnboardingBpm.Onboarding.Tickets;

namespace OnboardingBpm.Onboarding.Tests.Tickets;

public sealed class TicketPrioritisationTests
{
    private static Customer CustomerOf(string segment, string? tier = "standard", string? email = "ops@acme.example") => new()
    {
        Id = "cus-1",
        Name = "Acme Corp",
        Segment = segment,
        Tier = tier,
        Contacts = [new Contact("Dana", email, null)],
    };

    [Theory]
    [InlineData("smb", "standard", null, TicketPriority.Medium)]
    [InlineData("smb", "standard", TicketPriority.Low, TicketPriority.Low)]
    [InlineData("mid-market", "premium", TicketPriority.Medium, TicketPriority.High)]
    [InlineData("enterprise", "standard", TicketPriority.High, TicketPriority.Urgent)]
    [InlineData("enterprise", "premium", TicketPriority.Urgent, TicketPriority.Urgent)]
    public void the_stated_urgency_is_raised_one_level_for_enterprise_and_premium_customers(string segment, string tier, TicketPriority? stated, TicketPriority expected)
    {
        var assessment = TicketPrioritisation.Assess(CustomerOf(segment, tier), stated);

        Assert.Equal(expected, assessment.Priority);
        Assert.False(assessment.NeedsTriage);
    }

    [Fact]
    public void a_customer_without_tier_or_contact_address_needs_triage_and_says_what_is_missing()
    {
        var assessment = TicketPrioritisation.Assess(CustomerOf("smb", tier: null, email: null), TicketPriority.High);

        Assert.True(assessment.NeedsTriage);
        Assert.Equal(["tier", "contact email"], assessment.MissingData);
    }
}
