using System.Net;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Cases;

/// <summary>GET /api/cases/{id}/survey-answers: the answers rating that case, scoped like the case.</summary>
public sealed class CaseSurveyAnswerTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task a_case_shows_the_answers_rating_it_and_not_those_of_the_customers_other_subjects()
    {
        var smb = await SeededCustomer.SaveAsync(factory, "smb");
        await smb.AnswerSurveyAsync(factory, smb.Case.Id, 2, "Slow start");
        await smb.AnswerSurveyAsync(factory, "ticket-other", 5, null);
        using var sam = factory.CreateClientAs(DemoUsers.SmbAgent);

        var answers = JsonNode.Parse(await sam.GetStringAsync($"/api/cases/{smb.Case.Id}/survey-answers", TestContext.Current.CancellationToken))!.AsArray();

        var answer = Assert.Single(answers)!;
        Assert.Equal(2, answer["rating"]!.GetValue<int>());
        Assert.Equal("Slow start", answer["comment"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_agent_of_another_segment_gets_not_found()
    {
        var smb = await SeededCustomer.SaveAsync(factory, "smb");
        await smb.AnswerSurveyAsync(factory, smb.Case.Id, 4, "Fine");
        using var ada = factory.CreateClientAs(DemoUsers.EnterpriseAgent);

        var response = await ada.GetAsync($"/api/cases/{smb.Case.Id}/survey-answers", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Fine", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
