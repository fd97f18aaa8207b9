using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OnboardingBpm.Simulators.Okta.Directory;

namespace OnboardingBpm.Simulators.Okta.Management;

/// <summary><c>/api/v1/groups</c>: create, search, get, and membership (idempotent PUT / DELETE).</summary>
internal static class GroupsEndpoints
{
    public static void MapGroups(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/api/v1/groups");
        groups.MapPost("/", CreateAsync);
        groups.MapGet("/", List);
        groups.MapGet("/{groupId}", Get);
        groups.MapGet("/{groupId}/users", Members);
        groups.MapPut("/{groupId}/users/{userId}", (string groupId, string userId, HttpContext context, OktaDirectory directory) =>
            Membership(directory.ChangeMembership(groupId, userId, add: true, context.Now())));
        groups.MapDelete("/{groupId}/users/{userId}", (string groupId, string userId, HttpContext context, OktaDirectory directory) =>
            Membership(directory.ChangeMembership(groupId, userId, add: false, context.Now())));
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

        var profile = body?["profile"];
        var (group, error) = directory.CreateGroup(profile?["name"]?.GetValue<string>(), profile?["description"]?.GetValue<string>(), context.Now(), context.Request.BaseUrl());
        return error?.ToResult() ?? Results.Json(group);
    }

    private static IResult List(HttpContext context, OktaDirectory directory)
    {
        var query = context.Request.Query;
        Func<JsonObject, bool> match = _ => true;
        if (query["q"].FirstOrDefault() is { Length: > 0 } q)
        {
            // q is a prefix match on the group's name.
            match = g => g["profile"]?["name"]?.GetValue<string>().StartsWith(q, StringComparison.OrdinalIgnoreCase) == true;
        }
        else if ((query["filter"].FirstOrDefault() ?? query["search"].FirstOrDefault()) is { Length: > 0 } expression)
        {
            if (QueryExpression.Parse(expression) is not { } parsed)
            {
                return OktaError.Validation($"filter: Invalid search or filter expression: {expression}").ToResult();
            }

            match = parsed;
        }

        var (page, next) = directory.ListGroups(match, Paging.After(context.Request), Paging.Limit(context.Request), context.Request.BaseUrl());
        return Paging.Page(context, page, next);
    }

    private static IResult Get(string groupId, HttpContext context, OktaDirectory directory) =>
        directory.GetGroup(groupId, context.Request.BaseUrl()) is { } group
            ? Results.Json(group)
            : OktaError.NotFound(groupId, "UserGroup").ToResult();

    private static IResult Members(string groupId, HttpContext context, OktaDirectory directory) =>
        directory.Members(groupId, Paging.After(context.Request), Paging.Limit(context.Request), context.Request.BaseUrl()) is { } members
            ? Paging.Page(context, members.Page, members.NextAfter)
            : OktaError.NotFound(groupId, "UserGroup").ToResult();

    private static IResult Membership(OktaError? error) => error?.ToResult() ?? Results.NoContent();
}
