using System.Text.Json.Nodes;
using OnboardingBpm.Onboarding.Surveys;
using OnboardingBpm.Server.Errors;
using OnboardingBpm.Workflows.Runtime;

namespace OnboardingBpm.Server.Features.Surveys;

/// <summary>Records the one answer of an invitation and tells the waiting feedback-survey workflow (survey.answered).</summary>
public static class AnswerSurvey
{
    public const string AnsweredEvent = "survey.answered";
    public const int MaxCommentLength = 2000;

    // Room for the longest comment written entirely in \uXXXX escapes, and the rating.
    private const int MaxBodyBytes = 16 * 1024;

    public sealed record Answered(string Status);

    public static async Task<IResult> HandleAsync(string token, HttpRequest request, ISurveyStore surveys, WorkflowRuntime runtime, TimeProvider time, CancellationToken cancellationToken)
    {
        SurveyEndpoints.Protect(request.HttpContext.Response);
        JsonNode? body;
        try
        {
            // Read strictly: a key given twice, a lone surrogate or a NUL character is a 400 at its path.
            body = await RequestBodies.ReadJsonAsync(request, MaxBodyBytes, cancellationToken);
        }
        catch (WorkflowValidationException unreadable)
        {
            // Answered here rather than by the error handler, which would drop the headers Protect just set.
            return ApiErrors.Validation(unreadable.Message, unreadable.Problems);
        }

        var problems = Check(body, out var rating, out var comment);
        if (problems.Count > 0)
        {
            return ApiErrors.Validation("The answer is not valid.", problems);
        }

        var result = await surveys.AnswerAsync(token, rating, comment, time.GetUtcNow(), cancellationToken);
        switch (result.Outcome)
        {
            case SurveyAnswerOutcome.UnknownToken:
                return TypedResults.Problem(title: "Not found", detail: "This survey link is not known.", statusCode: StatusCodes.Status404NotFound);
            case SurveyAnswerOutcome.AlreadyAnswered:
                return TypedResults.Problem(title: "Already answered", detail: "This survey was answered already; thank you.", statusCode: StatusCodes.Status409Conflict);
            case SurveyAnswerOutcome.Expired:
                return TypedResults.Problem(title: "Expired", detail: "This survey link has expired.", statusCode: StatusCodes.Status410Gone);
        }

        // The comment stays in the (encrypting) store: the workflow gets the rating only.
        await runtime.PublishEventAsync(AnsweredEvent, result.Invitation!.Id, new JsonObject { ["rating"] = rating }, cancellationToken);
        return TypedResults.Ok(new Answered("recorded"));
    }

    private static List<ValidationProblem> Check(JsonNode? body, out int rating, out string? comment)
    {
        rating = 0;
        comment = null;
        var problems = new List<ValidationProblem>();
        if (body is not JsonObject answer)
        {
            problems.Add(new ValidationProblem("$", "the body must be an object: {\"rating\": 1-5, \"comment\": \"...\"}"));
            return problems;
        }

        if (answer["rating"] is not JsonValue value || !value.TryGetValue(out rating) || rating is < 1 or > 5)
        {
            problems.Add(new ValidationProblem("$.rating", "must be a whole number from 1 to 5"));
        }

        switch (answer["comment"])
        {
            case null:
                break;
            case JsonValue text when text.TryGetValue(out string? given):
                comment = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
                if (comment?.Length > MaxCommentLength)
                {
                    problems.Add(new ValidationProblem("$.comment", $"must be at most {MaxCommentLength} characters"));
                }

                break;
            default:
                problems.Add(new ValidationProblem("$.comment", "must be a text"));
                break;
        }

        return problems;
    }
}
