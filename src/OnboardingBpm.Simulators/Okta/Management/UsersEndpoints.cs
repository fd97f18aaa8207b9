using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OnboardingBpm.Simulators.Okta.Directory;

namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary><c>/api/v1/users</c>: create, get, list with filter / search, and the lifecycle operations.</summary>
internal static class UsersEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users");
        users.MapPost("/", CreateAsync);
        users.MapGet("/", List);
        users.MapGet("/{idOrLogin}", Get);
        users.MapPost("/{id}/lifecycle/activate", Activate);
        users.MapPost("/{id}/lifecycle/deactivate", Deactivate);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, OktaDirectory directory)
    {
        JsonObject? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return OktaError.Malformed.ToResult();
        }

        if (body?["profile"] is not JsonObject profile)
        {
            return OktaError.Validation("profile: The field cannot be left blank").ToResult();
        }

        var password = body["credentials"]?["password"]?["value"]?.GetValue<string>();
        var groupIds = body["groupIds"] is JsonArray ids ? ids.Select(i => i!.GetValue<string>()).ToList() : [];
        var activate = !bool.TryParse(context.Request.Query["activate"], out var flag) || flag;
        var (user, error) = directory.CreateUser((JsonObject)profile.DeepClone(), password, activate, groupIds, context.Request.BaseUrl(), context.Now());
        return error?.ToResult() ?? Results.Json(user);
    }

    private static IResult Get(string idOrLogin, HttpContext context, OktaDirectory directory) =>
        directory.GetUser(idOrLogin, context.Request.BaseUrl()) is { } user
            ? Results.Json(user)
            : OktaError.NotFound(idOrLogin, "User").ToResult();

    private static IResult List(HttpContext context, OktaDirectory directory)
    {
        var query = context.Request.Query;
        Func<JsonObject, bool> match = _ => true;
        if ((query["filter"].FirstOrDefault() ?? query["search"].FirstOrDefault()) is { Length: > 0 } expression)
        {
            if (QueryExpression.Parse(expression) is not { } parsed)
            {
                return OktaError.Validation($"filter: Invalid search or filter expression: {expression}").ToResult();
            }

            match = parsed;
        }
        else if (query["q"].FirstOrDefault() is { Length: > 0 } q)
        {
            // q matches the start of the first name, last name or email.
            match = u => new[] { "firstName", "lastName", "email" }.Any(f => u["profile"]?[f]?.GetValue<string>()?.StartsWith(q, StringComparison.OrdinalIgnoreCase) == true);
        }

        var (page, next) = directory.ListUsers(match, Paging.After(context.Request), Paging.Limit(context.Request), context.Request.BaseUrl());
        return Paging.Page(context, page, next);
    }

    private static IResult Activate(string id, HttpContext context, OktaDirectory directory)
    {
        var baseUrl = context.Request.BaseUrl();
        var (_, error) = directory.Activate(id, context.Now(), baseUrl);
        if (error is not null)
        {
            return error.ToResult();
        }

        if (bool.TryParse(context.Request.Query["sendEmail"], out var send) && !send)
        {
            var token = RandomNumberGenerator.GetString(OktaIds.Alphabet, 20);
            return Results.Json(new JsonObject { ["activationUrl"] = $"{baseUrl}/welcome/{token}", ["activationToken"] = token });
        }

        return Results.Json(new JsonObject());
    }

    private static IResult Deactivate(string id, HttpContext context, OktaDirectory directory)
    {
        var (_, error) = directory.Deactivate(id, context.Now(), context.Request.BaseUrl());
        return error?.ToResult() ?? Results.Json(new JsonObject());
    }
}
