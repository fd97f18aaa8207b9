namespace OnboardingBpm.Workflows.Validation;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One thing wrong with a definition: where (a JSON path such as <c>$.root.activities[3].inputs.duration</c>) and what.</summary>
public sealed record ValidationProblem(string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public static ValidationProblem Warning(string path, string message) => new(path, message, ProblemSeverity.Warning);
}

/// <summary>Every problem found; a definition with any error cannot be published.</summary>
public sealed record ValidationResult(IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.All(p => p.Severity != ProblemSeverity.Error);

    public IEnumerable<ValidationProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
