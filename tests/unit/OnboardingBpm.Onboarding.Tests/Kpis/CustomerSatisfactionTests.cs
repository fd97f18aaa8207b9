using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class CustomerSatisfactionTests
{
    [Fact]
    public void csat_is_the_percent_of_answers_rated_four_or_five()
    {
        SurveyFact[] answers =
        [
            Survey("smb", 1, 5),
            Survey("smb", 2, 4),
            Survey("smb", 3, 3),
            Survey("smb", 4, 1),
            Survey("smb", 5, 2),
        ];

        var csat = CustomerSatisfaction.Measure(answers, First, KpiSegments.All);

        Assert.Equal(40m, csat.Value);
        Assert.Equal(5, csat.SampleSize);
    }

    [Fact]
    public void only_answers_given_in_the_period_count()
    {
        SurveyFact[] answers = [Survey("smb", -0.5, 1), Survey("smb", 0, 5), Survey("smb", 14, 1)];

        var csat = CustomerSatisfaction.Measure(answers, First, KpiSegments.All);

        Assert.Equal(100m, csat.Value);
        Assert.Equal(1, csat.SampleSize);
    }

    [Fact]
    public void a_period_without_answers_has_no_data()
    {
        Assert.Equal(KpiMeasurement.NoData, CustomerSatisfaction.Measure([], First, KpiSegments.All));
    }

    [Fact]
    public void segments_are_measured_separately()
    {
        SurveyFact[] answers = [Survey("enterprise", 1, 2), Survey("smb", 1, 5), Survey("smb", 2, 5)];

        Assert.Equal(0m, CustomerSatisfaction.Measure(answers, First, "enterprise").Value);
        Assert.Equal(100m, CustomerSatisfaction.Measure(answers, First, "smb").Value);
        Assert.Equal(200m / 3, CustomerSatisfaction.Measure(answers, First, KpiSegments.All).Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void a_rating_outside_one_to_five_is_refused(int rating)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Survey("smb", 1, rating));
    }
}
