namespace OnboardingBpm.Server.Errors;

/// <summary>The skip/take rules every list endpoint shares.</summary>
public static class Paging
{
    public const int MaxTake = 500;

    public static void Check(int? skip, int? take, List<ValidationProblem> problems)
    {
        if (skip < 0)
        {
            problems.Add(new("skip", "must be 0 or more"));
        }

        if (take is < 1 or > MaxTake)
        {
            problems.Add(new("take", $"must be from 1 to {MaxTake}"));
        }
    }
}
