using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Okta;

internal static class OktaHttp
{
    /// <summary>The org's address as the caller reached it (<c>http://127.0.0.1:port</c>), the base of issuers and links.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static DateTimeOffset Now(this HttpContext context) => context.RequestServices.GetRequiredService<SimulatorClock>().Now;
}

/// <summary>Okta puts a request id on every response, errors included, for support cases.</summary>
internal static class OktaRequestId
{
    public const string Header = "X-Okta-Request-Id";

    public static void Add(HttpContext context)
    {
        if (!context.Response.Headers.ContainsKey(Header))
        {
            context.Response.Headers[Header] = Management.OktaIds.New("");
        }
    }
}
