using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Security;

/// <summary>
/// Zero privilege escalation: every endpoint the server maps is in <see cref="AccessMatrix"/>, refuses callers
/// without a token, and answers 403 to every signed-in caller whose role the table does not name. A new endpoint
/// fails the first test until someone decides who may call it.
/// </summary>
public sealed class AccessMatrixTests(ScheduledByTestServerFactory factory) : IClassFixture<ScheduledByTestServerFactory>
{
    public static TheoryData<string> Callers => [.. DemoUsers.All];

    [Fact]
    public void every_mapped_endpoint_is_anonymous_on_purpose_or_in_the_matrix()
    {
        var unlisted = MappedEndpoints()
            .Where(e => !AccessMatrix.Anonymous.Contains(e.Pattern) && !AccessMatrix.Routes.ContainsKey(e))
            .Select(e => $"{e.Method} {e.Pattern}")
            .ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public async Task without_a_token_every_protected_endpoint_answers_401()
    {
        using var anonymous = factory.CreateClient();
        foreach (var (method, pattern) in AccessMatrix.Routes.Keys)
        {
            var response = await anonymous.SendAsync(Request(method, pattern), TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {pattern} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task each_caller_reaches_exactly_the_endpoints_of_its_role(string caller)
    {
        using var client = factory.CreateClientAs(caller);
        var wrong = new List<string>();
        foreach (var ((method, pattern), allowed) in AccessMatrix.Routes)
        {
            var status = (await client.SendAsync(Request(method, pattern), TestContext.Current.CancellationToken)).StatusCode;
            var permitted = allowed.Contains(caller);
            if (permitted ? status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden : status != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{method} {pattern}: {(int)status} (expected {(permitted ? "access" : "403")})");
            }
        }

        Assert.Empty(wrong);
    }

    private IEnumerable<(string Method, string Pattern)> MappedEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct();

    /// <summary>A harmless request for the pattern: sample route values, an empty JSON body; nothing it could change exists.</summary>
    private static HttpRequestMessage Request(string method, string pattern) =>
        AccessMatrix.Request(method, AccessMatrix.Fill(pattern, name => name switch
        {
            "path" => "no-such-route",
            "version" => "1",
            "index" => "0",
            _ => "no-such-id",
        }));
}
