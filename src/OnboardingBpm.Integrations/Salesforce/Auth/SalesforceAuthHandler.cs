using System.Net;
using System.Net.Http.Headers;

namespace OnboardingBpm.Integrations.Salesforce.Auth;

/// <summary>
/// Inside the resilience handler, so it runs once per attempt: points the request at the token's instance,
/// adds the bearer token, reads <c>Sforce-Limit-Info</c>, and on 401 INVALID_SESSION_ID renews the token and
/// sends once more. A second 401 goes back to the caller: a renewed token that is refused will not get better.
/// </summary>
internal sealed class SalesforceAuthHandler(SalesforceTokenProvider tokens, SalesforceUsage usage) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var token = await tokens.GetAsync(cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !await SalesforceErrors.IsInvalidSessionAsync(response, cancellationToken))
        {
            return response;
        }

        response.Dispose();
        token = await tokens.RenewAsync(token, cancellationToken);
        return await SendWithAsync(Copy(request, body), token, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, SalesforceToken token, CancellationToken cancellationToken)
    {
        request.RequestUri = OnInstance(request.RequestUri!, token.InstanceUrl);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var response = await base.SendAsync(request, cancellationToken);
        usage.Read(response);
        return response;
    }

    /// <summary>The client addresses the login URL; the token says which instance serves the org's data.</summary>
    private static Uri OnInstance(Uri requested, Uri instance) =>
        new UriBuilder(requested) { Scheme = instance.Scheme, Host = instance.Host, Port = instance.Port }.Uri;

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
