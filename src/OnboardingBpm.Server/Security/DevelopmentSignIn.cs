using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OnboardingBpm.Server.Hosting.Simulators;
using OnboardingBpm.Simulators.Okta;

namespace OnboardingBpm.Server.Security;

/// <summary>
/// The embedded default's development sign-in for curl users: a token for a demo user (or a machine client) from
/// the Okta simulator, through the same token endpoint a real client would use. Mapped only while Okta is
/// Simulated; a real Okta org never gets this door.
/// </summary>
public static class DevelopmentSignIn
{
    public static void MapDevelopmentSignIn(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!SimulatorsService.IsSimulated(configuration, "Okta"))
        {
            return;
        }

        app.MapGet("/dev/token", TokenAsync).WithTags("Development sign-in").AllowAnonymous();
    }

    /// <summary><c>?user={login}</c> for a demo user, or <c>?client=service</c> for a machine client with the workflow scope. Plain text.</summary>
    private static async Task<IResult> TokenAsync(string? user, string? client, SimulatorDirectory directory, IHttpClientFactory http, CancellationToken cancellationToken)
    {
        var defaults = new OktaSimulatorOptions();
        var form = client == "service"
            ? new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = string.Join(' ', defaults.ApiScopes) }
            : new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["username"] = user ?? "",
                ["password"] = defaults.DemoPassword,
                ["scope"] = "openid profile email groups " + string.Join(' ', defaults.ApiScopes),
            };
        if (client is null && string.IsNullOrWhiteSpace(user))
        {
            return TypedResults.Problem(title: "Say who to sign in as", detail: $"Use ?user= one of {string.Join(", ", defaults.DemoUsers.Select(u => u.Login))}, or ?client=service.", statusCode: StatusCodes.Status400BadRequest);
        }

        HttpResponseMessage response;
        JsonNode? body;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(directory.AddressOf("okta"), "oauth2/default/v1/token")) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{defaults.TestsClientId}:{defaults.TestsClientSecret}")));
            response = await http.CreateClient().SendAsync(request, cancellationToken);
            body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A simulator still starting (or gone) is a temporary state of this development door, not a server fault;
            // saying what happened is safe here: it only names the loopback simulator.
            return TypedResults.Problem(title: "The Okta simulator did not answer", detail: ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        using var _ = response;
        return response.IsSuccessStatusCode
            ? TypedResults.Text(body!["access_token"]!.GetValue<string>())
            : TypedResults.Problem(title: "The Okta simulator refused the sign-in", detail: body?["error_description"]?.GetValue<string>(), statusCode: StatusCodes.Status400BadRequest);
    }
}
