using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics;
using OnboardingBpm.Workflows.Definitions;
using OnboardingBpm.Workflows.Execution;
using OnboardingBpm.Workflows.Runtime;
using StrictJsonException = OnboardingBpm.Workflows.Validation.StrictJsonException;

namespace OnboardingBpm.Server.Errors;

/// <summary>
/// Every error leaves as problem+json: engine errors map to 400/404/409 with the field at fault, malformed
/// request bodies to 400, a database that cannot be reached right now (a restart, a failover) to a 503 with
/// Retry-After, and anything unexpected to a 500 that reveals nothing internal.
/// </summary>
public static class ApiErrors
{
    public static IServiceCollection AddApiErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<EngineExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            foreach (var converter in WorkflowJson.Options.Converters)
            {
                o.SerializerOptions.Converters.Add(converter);
            }

            // A key given twice is ambiguous (which one did the caller mean?): refused, in records and free-form JSON alike.
            o.SerializerOptions.AllowDuplicateProperties = false;
            o.SerializerOptions.Converters.Add(new StrictJsonNodeConverter<JsonNode>());
            o.SerializerOptions.Converters.Add(new StrictJsonNodeConverter<JsonObject>());
            o.SerializerOptions.Converters.Add(new StrictJsonNodeConverter<JsonArray>());

            // Text PostgreSQL cannot store (U+0000) is refused in typed bodies as StrictJson refuses it in free-form ones.
            o.SerializerOptions.Converters.Add(new StrictStringConverter());
        });
        services.ConfigureAll<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(o => o.AddSchemaTransformer(StrictStringConverter.DescribeAsString));
        return services;
    }

    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>A 400 listing every problem, keyed by its JSON path, with the full list (and severities) too.</summary>
    public static IResult Validation(string title, IReadOnlyList<ValidationProblem> problems) =>
        TypedResults.Problem(new ValidationProblemDetails(problems
                .GroupBy(p => p.Path)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
        {
            Title = title,
            Status = StatusCodes.Status400BadRequest,
            Extensions = { ["problems"] = problems },
        });

    /// <summary>System.Text.Json names CLR types in its messages; callers get a plain sentence instead.</summary>
    private static string JsonMessage(System.Text.Json.JsonException json) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "has the wrong type"
            : $"is not valid JSON (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1})";

    /// <summary>A problem found inside a free-form part of the body, placed under that part's path (<c>$.data</c> + <c>$.notes</c>).</summary>
    private static ValidationProblem Within(string? partPath, ValidationProblem problem) =>
        partPath is null or "$" ? problem : problem with { Path = problem.Path == "$" ? partPath : partPath + problem.Path[1..] };

    private const string DatabaseRetryAfterSeconds = "5";

    private sealed class EngineExceptionHandler(IProblemDetailsService problems, ILogger<EngineExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            var (status, title, detail) = exception switch
            {
                WorkflowNotFoundException e => (StatusCodes.Status404NotFound, "Not found", e.Message),
                WorkflowConflictException e => (StatusCodes.Status409Conflict, "Conflict", e.Message),
                WorkflowValidationException e => (StatusCodes.Status400BadRequest, e.Message, null),
                BadHttpRequestException e => (e.StatusCode, "The request is not valid", e.Message),
                _ when TransientFailures.IsTransient(exception) => (StatusCodes.Status503ServiceUnavailable, "The database cannot be reached right now", "Try again in a few seconds."),
                _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred", null),
            };
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                logger.LogWarning("The database could not be reached on {Method} {Path}: {Error}", context.Request.Method, context.Request.Path, exception.Message);
                context.Response.Headers.RetryAfter = DatabaseRetryAfterSeconds;
            }
            else if (status >= 500)
            {
                logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            }

            context.Response.StatusCode = status;
            var problemList = exception switch
            {
                WorkflowValidationException validation => validation.Problems,
                BadHttpRequestException { InnerException: StrictJsonException strict } => [Within(strict.Path, strict.Problem)],
                BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => [new ValidationProblem(json.Path ?? "$", JsonMessage(json))],
                BadHttpRequestException e when ParameterBinding.Problem(e) is { } binding => [binding],
                BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } => [new ValidationProblem("$", "the body is missing or cannot be read")],
                _ => null,
            };
            var details = problemList is not null
                ? new ValidationProblemDetails(problemList.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
                {
                    Title = title,
                    Status = status,
                    Extensions = { ["problems"] = problemList },
                }
                : new ProblemDetails { Title = title, Detail = detail, Status = status };
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
        }
    }
}
