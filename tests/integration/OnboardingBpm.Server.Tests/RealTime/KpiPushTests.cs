using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Server.RealTime;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.RealTime;

/// <summary>A change of the live KPIs reaches, once, those who may read that segment's KPIs.</summary>
public sealed class KpiPushTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Fact]
    public async Task a_segments_kpi_change_is_pushed_once_to_its_agents_and_the_supervisors_but_not_to_other_segments()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await using var ada = await HubConnection.ConnectAsync(factory, DemoUsers.EnterpriseAgent, timeout.Token);
        await using var sam = await HubConnection.ConnectAsync(factory, DemoUsers.SmbAgent, timeout.Token);
        await using var maria = await HubConnection.ConnectAsync(factory, DemoUsers.Supervisor, timeout.Token);
        var watcher = factory.Services.GetRequiredService<KpiWatcher>();
        await watcher.CheckAsync(timeout.Token);

        await AnswerSurveyAsync("enterprise", rating: 5);
        await watcher.CheckAsync(timeout.Token);

        var adas = await ada.NextAsync("KpisChanged", timeout.Token);
        Assert.Equal("enterprise", adas["segment"]!.GetValue<string>());
        Assert.Equal((100m, 1), Csat(adas));
        var mariasSegments = new[] { await maria.NextAsync("KpisChanged", timeout.Token), await maria.NextAsync("KpisChanged", timeout.Token) }
            .Select(n => n["segment"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["all", "enterprise"], mariasSegments);

        await watcher.CheckAsync(timeout.Token);
        await AnswerSurveyAsync("smb", rating: 2);
        await watcher.CheckAsync(timeout.Token);
        await watcher.CheckAsync(timeout.Token);
        await AnswerSurveyAsync("smb", rating: 4);
        await watcher.CheckAsync(timeout.Token);

        // Sam's first notice is smb's (the enterprise change never reached him), and his second is the next change:
        // the checks in between, with nothing new, pushed nothing.
        var first = await sam.NextAsync("KpisChanged", timeout.Token);
        var second = await sam.NextAsync("KpisChanged", timeout.Token);
        Assert.Equal(("smb", 1), (first["segment"]!.GetValue<string>(), Csat(first).Sample));
        Assert.Equal(("smb", 2), (second["segment"]!.GetValue<string>(), Csat(second).Sample));
    }

    private static (decimal? Value, int Sample) Csat(JsonObject notice)
    {
        var csat = notice["kpis"]!.AsArray().Single(k => k!["kpi"]!.GetValue<string>() == "CustomerSatisfaction")!;
        return (csat["value"]?.GetValue<decimal>(), csat["sampleSize"]!.GetValue<int>());
    }

    private async Task AnswerSurveyAsync(string segment, int rating)
    {
        var surveys = factory.Services.GetRequiredService<ISurveyStore>();
        var (token, hash) = SurveyTokens.Create();
        var now = factory.Clock.GetUtcNow();
        await surveys.AddInvitationAsync(
            new SurveyInvitation { Id = $"s-{Guid.NewGuid():N}", CustomerId = $"cus-{segment}", Segment = segment, SubjectId = $"case-{Guid.NewGuid():N}", TokenHash = hash, CreatedAt = now, ExpiresAt = now.AddDays(7) },
            TestContext.Current.CancellationToken);
        await surveys.AnswerAsync(token, rating, comment: null, now, TestContext.Current.CancellationToken);
    }
}
