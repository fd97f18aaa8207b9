using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace OnboardingBpm.Integrations.Okta;

/// <summary>
/// Signs every management call: SSWS with the API token, or Bearer with the service app's token. Sits inside
/// the resilience handler, so a 401 is answered within one attempt: the token is renewed once and the call
/// sent again; a second 401 is the caller's answer.
/// </summary>
internal sealed class OktaAuthHandler(IOptionsMonitor<OktaOptions> options, OktaTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (settings.AuthMode == OktaAuthMode.ApiToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("SSWS", settings.ApiToken);
            return await base.SendAsync(request, cancellationToken);
        }

        var (token, failure) = await tokens.GetAsync(refused: null, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        (var renewed, failure) = await tokens.GetAsync(refused: token, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken);
    }
}
