using System.Security.Cryptography;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>
/// Access tokens issued by the simulator and the org's API usage. A session lives until it has been idle for
/// the session timeout or until a fault expires every session at once.
/// </summary>
public sealed class SalesforceSessions(SalesforceSimulatorOptions options, SimulatorClock clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> lastUsed = new(StringComparer.Ordinal);
    private int apiUsage;

    public int ApiUsage
    {
        get
        {
            lock (gate)
            {
                return apiUsage;
            }
        }
    }

    public string Issue()
    {
        // Real tokens are the org id, '!', then an opaque part.
        var token = options.OrganizationId[..15] + "!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(72)).TrimEnd('=').Replace('+', '.').Replace('/', '_');
        lock (gate)
        {
            lastUsed[token] = clock.Now;
        }

        return token;
    }

    /// <summary>True and the session's idle time restarts when <paramref name="token"/> is a live session.</summary>
    public bool Touch(string token)
    {
        lock (gate)
        {
            if (!lastUsed.TryGetValue(token, out var used) || clock.Now - used >= options.SessionTimeout)
            {
                lastUsed.Remove(token);
                return false;
            }

            lastUsed[token] = clock.Now;
            return true;
        }
    }

    public void ExpireAll()
    {
        lock (gate)
        {
            lastUsed.Clear();
        }
    }

    /// <summary>Counts one API request; false once the daily allocation is used up.</summary>
    public bool TryCountRequest()
    {
        lock (gate)
        {
            if (apiUsage >= options.DailyApiLimit)
            {
                return false;
            }

            apiUsage++;
            return true;
        }
    }

    public string LimitInfo => $"api-usage={ApiUsage}/{options.DailyApiLimit}";
}
