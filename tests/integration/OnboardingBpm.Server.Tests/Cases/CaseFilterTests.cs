using System.Net;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Cases;

/// <summary>A filter the caller may not use, or that names nothing, is a 400 naming the field, never an empty page.</summary>
public sealed class CaseFilterTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    [Theory]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?segment=smb", "segment")]
    [InlineData(DemoUsers.Supervisor, "/api/cases?segment=retail", "segment")]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?status=Pending", "status")]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?status=1", "status")]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?phase=Launch", "phase")]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?take=0", "take")]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?skip=-1", "skip")]
    [InlineData(DemoUsers.SmbAgent, "/api/escalations?segment=enterprise", "segment")]
    [InlineData(DemoUsers.SmbAgent, "/api/escalations?take=501", "take")]
    [InlineData(DemoUsers.Admin, "/api/audit?action=Peek", "action")]
    [InlineData(DemoUsers.Admin, "/api/audit?resourceId=case-1", "resourceKind")]
    public async Task a_bad_filter_is_a_400_naming_the_field(string caller, string url, string field)
    {
        using var client = factory.CreateClientAs(caller);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await ServerFactory.ReadObjectAsync(response))["errors"]![field]);
    }

    [Theory]
    [InlineData(DemoUsers.EnterpriseAgent, "/api/cases?segment=enterprise&status=open&phase=Handoff")]
    [InlineData(DemoUsers.Supervisor, "/api/cases?segment=smb")]
    public async Task a_filter_within_the_callers_segments_is_accepted(string caller, string url)
    {
        using var client = factory.CreateClientAs(caller);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
