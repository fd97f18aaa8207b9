using System.Globalization;

namespace OnboardingBpm.Process.Tests.Reliability;

/// <summary>
/// How many onboarding requests a reliability run submits: a CI-sized default that keeps the suite short, or
/// ONBOARDINGBPM_RELIABILITY_REQUESTS (scripts/reliability.sh sets 10,000). Deadlines grow with the size.
/// </summary>
public sealed record ReliabilitySize(int Requests)
{
    public const string Variable = "ONBOARDINGBPM_RELIABILITY_REQUESTS";
    public const int Default = 200;

    public static ReliabilitySize Current =>
        new(int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var requests) && requests > 0 ? requests : Default);

    /// <summary>How long the background work (vendors, escalations) of the whole batch may take: generous, the machine is shared.</summary>
    public TimeSpan Completion => TimeSpan.FromMinutes(3) + (TimeSpan.FromMilliseconds(500) * Requests);

    /// <summary>The pace of the kill -9s: a random pause in this range between two.</summary>
    public static (TimeSpan Min, TimeSpan Max) KillPause => (TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
}
