using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>
/// <c>/oauth2/default/v1/authorize</c> for the code flow: GET shows the development sign-in page, POST (a
/// demo user's button) redirects back with the code and state, as Okta's hosted sign-in does.
/// </summary>
internal static class AuthorizeEndpoint
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromSeconds(60);

    public static void MapAuthorize(this IEndpointRouteBuilder server)
    {
        server.MapGet("/v1/authorize", (HttpContext context, OAuthClients clients, OktaSimulatorOptions options) =>
        {
            var request = AuthorizeRequest.From(key => context.Request.Query[key].FirstOrDefault());
            return Check(request, clients) ?? Results.Content(LoginPage.Render(request, options.DemoUsers), "text/html; charset=utf-8");
        });
        server.MapPost("/v1/authorize", async (HttpContext context, OAuthClients clients, OktaSimulatorOptions options, IssuedTokens tokens) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var request = AuthorizeRequest.From(key => form[key].FirstOrDefault());
            if (Check(request, clients) is { } problem)
            {
                return problem;
            }

            var login = form["login"].ToString();
            if (!options.DemoUsers.Exists(u => string.Equals(u.Login, login, StringComparison.OrdinalIgnoreCase)))
            {
                return Back(request, "access_denied", "The user is not assigned to the client application.");
            }

            var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            tokens.AddCode(code, new AuthorizationCode(request.ClientId!, request.RedirectUri!, login, request.Scopes, request.Nonce, request.CodeChallenge, context.Now() + CodeLifetime));
            return Results.Redirect(With(request.RedirectUri!, ("code", code), ("state", request.State)));
        }).DisableAntiforgery();
    }

    /// <summary>
    /// A bad client or redirect URI is shown as a page (redirecting there would help an attacker); other
    /// problems go back to the client as error and error_description, with the state.
    /// </summary>
    private static IResult? Check(AuthorizeRequest request, OAuthClients clients)
    {
        if (clients.Find(request.ClientId) is not { } client)
        {
            return Results.Content(LoginPage.Error("Invalid value for 'client_id' parameter."), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!clients.AllowsRedirect(client, request.RedirectUri))
        {
            return Results.Content(LoginPage.Error("The 'redirect_uri' parameter must be a Login redirect URI in the client app settings."), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        return request switch
        {
            { ResponseType: not "code" } => Back(request, "unsupported_response_type", "The response type is not supported by the authorization server. Configured response types: [code]."),
            { State: null or "" } => Back(request, "invalid_request", "The authorization request must contain a 'state' parameter."),
            _ when !request.Scopes.Contains("openid") => Back(request, "invalid_scope", "The authentication request has an invalid 'scope' parameter: 'openid' is required."),
            _ when request.Scopes.Any(s => !clients.AllowedScopes.Contains(s)) => Back(request, "invalid_scope", "One or more scopes are not configured for the authorization server resource."),
            { CodeChallenge: null or "" } => Back(request, "invalid_request", "PKCE code challenge is required when the token endpoint authentication method is 'NONE'."),
            { CodeChallengeMethod: not "S256" } => Back(request, "invalid_request", "The code_challenge_method must be S256."),
            _ => null,
        };
    }

    private static IResult Back(AuthorizeRequest request, string error, string description) =>
        Results.Redirect(With(request.RedirectUri!, ("error", error), ("error_description", description), ("state", request.State)));

    private static string With(string uri, params (string Key, string? Value)[] parameters)
    {
        var query = new QueryBuilder(parameters.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)));
        var separator = uri.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return uri + separator + query.ToQueryString().Value![1..];
    }
}

internal sealed record AuthorizeRequest(string? ClientId, string? RedirectUri, string? ResponseType, string? Scope, string? State, string? Nonce, string? CodeChallenge, string? CodeChallengeMethod)
{
    public IReadOnlyList<string> Scopes => OAuthErrors.Scopes(Scope);

    public static AuthorizeRequest From(Func<string, string?> read) => new(
        read("client_id"), read("redirect_uri"), read("response_type"), read("scope"), read("state"), read("nonce"), read("code_challenge"), read("code_challenge_method"));

    public IEnumerable<(string Name, string? Value)> Fields =>
    [
        ("client_id", ClientId), ("redirect_uri", RedirectUri), ("response_type", ResponseType), ("scope", Scope),
        ("state", State), ("nonce", Nonce), ("code_challenge", CodeChallenge), ("code_challenge_method", CodeChallengeMethod),
    ];
}
