using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary><c>POST /services/oauth2/token</c>: the client credentials and JWT bearer flows of a connected app.</summary>
internal static class SalesforceTokenEndpoint
{
    public const string Path = "/services/oauth2/token";
    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static async Task<IResult> HandleAsync(HttpContext context, SalesforceSimulatorOptions options, SalesforceSessions sessions, SalesforceJwtValidator jwt, SimulatorClock clock)
    {
        if (!context.Request.HasFormContentType)
        {
            return Refuse("unsupported_grant_type", "grant type not supported");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        switch (form["grant_type"].ToString())
        {
            case "client_credentials":
                if (form["client_id"] != options.ClientId)
                {
                    return Refuse("invalid_client_id", "client identifier invalid");
                }

                if (!FixedTimeEquals(form["client_secret"].ToString(), options.ClientSecret))
                {
                    return Refuse("invalid_client", "invalid client credentials");
                }

                return Issue(options, sessions, clock, baseUrl, signWith: options.ClientSecret);

            case JwtBearerGrant:
                var problem = await jwt.ValidateAsync(form["assertion"].ToString(), baseUrl);
                return problem is null
                    ? Issue(options, sessions, clock, baseUrl, signWith: null)
                    : Refuse(problem.Value.Error, problem.Value.Description);

            default:
                return Refuse("unsupported_grant_type", "grant type not supported");
        }
    }

    private static IResult Issue(SalesforceSimulatorOptions options, SalesforceSessions sessions, SimulatorClock clock, string baseUrl, string? signWith)
    {
        var id = $"{baseUrl}/id/{options.OrganizationId}/{options.IntegrationUserId}";
        var body = new JsonObject
        {
            ["access_token"] = sessions.Issue(),
            ["scope"] = "api",
            ["instance_url"] = baseUrl,
            ["id"] = id,
            ["token_type"] = "Bearer",
        };
        if (signWith is not null)
        {
            // As Salesforce does: base64(HMAC-SHA256(id + issued_at)) keyed with the consumer secret.
            var issuedAt = clock.Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            body["signature"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signWith), Encoding.UTF8.GetBytes(id + issuedAt)));
            body["issued_at"] = issuedAt;
        }

        return TypedResults.Json(body);
    }

    private static IResult Refuse(string error, string description) =>
        TypedResults.Json(SalesforceErrors.OAuth(error, description), statusCode: StatusCodes.Status400BadRequest);

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
