using System.Text.RegularExpressions;

namespace OnboardingBpm.Server.Errors;

/// <summary>
/// A query value that does not convert (<c>take=many</c>) fails in ASP.NET's parameter binding with a message naming
/// the CLR type; callers get the parameter's name and a plain sentence instead, like every other field error.
/// </summary>
internal static partial class ParameterBinding
{
    public static ValidationProblem? Problem(BadHttpRequestException exception) =>
        BindFailure().Match(exception.Message) is { Success: true } match
            ? new ValidationProblem(match.Groups["name"].Value, Describe(match.Groups["type"].Value))
            : null;

    private static string Describe(string type) => type.TrimEnd('?') switch
    {
        "int" or "long" or "Int32" or "Int64" => "must be a whole number",
        "bool" or "Boolean" => "must be true or false",
        "DateTimeOffset" or "DateTime" or "DateOnly" => "must be a date",
        _ => "has the wrong format",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>[^" ]+)" from """, RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();
}
