using Microsoft.AspNetCore.Http;
using OnboardingBpm.Server.Errors;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// What the guard finds in a request, for the parts no client here can send with a NUL: a route value (Kestrel and the
/// test host's client refuse <c>%00</c> in a path first) and a query parameter's name.
/// </summary>
public sealed class NulCharacterGuardTests
{
    [Fact]
    public void a_route_value_with_a_nul_is_named_by_its_parameter()
    {
        var request = new DefaultHttpContext().Request;
        request.RouteValues["eventName"] = "case\0resolved";
        request.RouteValues["version"] = 3;

        var problem = Assert.Single(NulCharacterGuard.Find(request));

        Assert.Equal("eventName", problem.Path);
        Assert.Contains("NUL character", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_query_parameter_whose_name_holds_a_nul_is_named_with_it_escaped()
    {
        var request = new DefaultHttpContext().Request;
        request.QueryString = new QueryString("?seg%00ment=smb&take=5");

        var problem = Assert.Single(NulCharacterGuard.Find(request));

        Assert.Equal("seg\\u0000ment", problem.Path);
    }

    [Fact]
    public void a_request_without_a_nul_has_no_problem()
    {
        var request = new DefaultHttpContext().Request;
        request.QueryString = new QueryString("?segment=smb&search=%E2%9C%93");
        request.RouteValues["caseId"] = "C-1";
        request.Headers["X-Correlation-Id"] = "c-1";

        Assert.Empty(NulCharacterGuard.Find(request));
    }
}
