using OnboardingBpm.Onboarding.Kpis;
using static OnboardingBpm.Onboarding.Tests.Kpis.Facts;

namespace OnboardingBpm.Onboarding.Tests.Kpis;

public sealed class SlaAttainmentTests
{
    [Fact]
    public void attainment_is_items_resolved_before_escalation_over_items_measured()
    {
        SlaFact[] items =
        [
            Sla("smb", resolvedDay: 1, escalatedDay: null),
            Sla("smb", resolvedDay: 2, escalatedDay: null),
            Sla("smb", resolvedDay: 3, escalatedDay: null),
            Sla("smb", resolvedDay: 6, escalatedDay: 4),
        ];

        var sla = SlaAttainment.Measure(items, First, KpiSegments.All);

        Assert.Equal(75m, sla.Value);
        Assert.Equal(4, sla.SampleSize);
    }

    [Fact]
    public void an_open_item_escalated_in_the_period_counts_as_missed()
    {
        SlaFact[] items = [Sla("smb", resolvedDay: 1, escalatedDay: null), Sla("smb", resolvedDay: null, escalatedDay: 5)];

        var sla = SlaAttainment.Measure(items, First, KpiSegments.All);

        Assert.Equal(50m, sla.Value);
        Assert.Equal(2, sla.SampleSize);
    }

    [Fact]
    public void an_open_item_not_yet_escalated_is_not_measured()
    {
        SlaFact[] items = [Sla("smb", resolvedDay: 1, escalatedDay: null), Sla("smb", resolvedDay: null, escalatedDay: null)];

        Assert.Equal(1, SlaAttainment.Measure(items, First, KpiSegments.All).SampleSize);
    }

    [Fact]
    public void an_item_escalated_in_one_period_and_resolved_in_the_next_is_missed_once_in_the_first()
    {
        SlaFact[] items = [Sla("smb", resolvedDay: 16, escalatedDay: 12)];

        var first = SlaAttainment.Measure(items, First, KpiSegments.All);
        var second = SlaAttainment.Measure(items, Second, KpiSegments.All);

        Assert.Equal(0m, first.Value);
        Assert.Equal(1, first.SampleSize);
        Assert.False(second.HasData);
    }

    [Fact]
    public void a_resolution_at_the_instant_of_escalation_is_not_before_it()
    {
        var sla = SlaAttainment.Measure([Sla("smb", resolvedDay: 3, escalatedDay: 3)], First, KpiSegments.All);

        Assert.Equal(0m, sla.Value);
    }

    [Fact]
    public void an_escalation_recorded_after_the_resolution_does_not_make_it_missed()
    {
        var sla = SlaAttainment.Measure([Sla("smb", resolvedDay: 3, escalatedDay: 4)], First, KpiSegments.All);

        Assert.Equal(100m, sla.Value);
    }

    [Fact]
    public void a_resolution_exactly_at_the_period_end_is_measured_in_the_next_period()
    {
        SlaFact[] items = [Sla("smb", resolvedDay: 14, escalatedDay: null)];

        Assert.False(SlaAttainment.Measure(items, First, KpiSegments.All).HasData);
        Assert.Equal(100m, SlaAttainment.Measure(items, Second, KpiSegments.All).Value);
    }

    [Fact]
    public void nothing_resolved_or_escalated_is_no_data()
    {
        Assert.Equal(KpiMeasurement.NoData, SlaAttainment.Measure([Sla("smb", resolvedDay: null, escalatedDay: null)], First, KpiSegments.All));
    }

    [Fact]
    public void segments_are_measured_separately()
    {
        SlaFact[] items = [Sla("enterprise", resolvedDay: null, escalatedDay: 2), Sla("smb", resolvedDay: 2, escalatedDay: null)];

        Assert.Equal(0m, SlaAttainment.Measure(items, First, "enterprise").Value);
        Assert.Equal(100m, SlaAttainment.Measure(items, First, "smb").Value);
        Assert.Equal(50m, SlaAttainment.Measure(items, First, KpiSegments.All).Value);
    }
}
