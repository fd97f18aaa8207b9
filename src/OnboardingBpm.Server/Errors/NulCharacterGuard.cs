using OnboardingBpm.Workflows.Validation;

namespace OnboardingBpm.Server.Errors;

/// <summary>
/// Refuses U+0000 in what a request carries besides its body (bodies: <see cref="StrictJson"/> and
/// <see cref="StrictStringConverter"/>): query parameters, route values and header values, each a 400 naming the
/// parameter or header. PostgreSQL cannot store the character, so a filter or a correlation id holding it would
/// otherwise fail in the database as a server error. Kestrel already refuses <c>%00</c> in a path and NUL in a
/// header (a bare 400 before any endpoint runs); this guard keeps the rule on any other server, the test host included.
/// </summary>
public static class NulCharacterGuard
{
    public static WebApplication UseNulCharacterGuard(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var problems = Find(context.Request);
            return problems.Count == 0
                ? next(context)
                : ApiErrors.Validation("The request holds a NUL character (\\u0000), which cannot be stored.", problems).ExecuteAsync(context);
        });
        return app;
    }

    internal static List<ValidationProblem> Find(HttpRequest request)
    {
        var problems = new List<ValidationProblem>();
        foreach (var (name, values) in request.Query)
        {
            if (HasNul(name) || values.Any(HasNul))
            {
                problems.Add(new(Shown(name), StrictJson.NulMessage));
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && HasNul(text))
            {
                problems.Add(new(name, StrictJson.NulMessage));
            }
        }

        foreach (var (name, values) in request.Headers)
        {
            if (values.Any(HasNul))
            {
                problems.Add(new(name, StrictJson.NulMessage));
            }
        }

        return problems;
    }

    private static bool HasNul(string? text) => text?.Contains('\0', StringComparison.Ordinal) == true;

    /// <summary>A parameter whose name holds the NUL is named with it escaped, so the answer stays readable text.</summary>
    private static string Shown(string name) => name.Replace("\0", "\\u0000", StringComparison.Ordinal);
}
