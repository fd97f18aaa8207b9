using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace OnboardingBpm.Integrations.Okta;

public sealed partial class OktaClient
{
    /// <summary>Every page of a list, following <c>Link: &lt;…&gt;; rel="next"</c> until there is none.</summary>
    private async Task<IReadOnlyList<T>> ListAsync<T>(string pathAndQuery, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        Uri? next = Url(pathAndQuery);
        while (next is not null)
        {
            using var response = await http.GetAsync(next, cancellationToken);
            await OktaFailure.EnsureSuccessAsync(response, cancellationToken);
            items.AddRange(await ReadAsync<List<T>>(response, cancellationToken));
            next = NextLink(response);
        }

        return items;
    }

    private static Uri? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links)
            ? links.SelectMany(l => l.Split(','))
                .Select(l => NextPattern().Match(l))
                .Where(m => m.Success)
                .Select(m => new Uri(m.Groups["url"].Value))
                .FirstOrDefault()
            : null;

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new Resilience.IntegrationException(Vendor, $"empty {typeof(T).Name} in Okta's answer", response.StatusCode);

    private Uri Url(string pathAndQuery) => new(options.CurrentValue.BaseUrl.TrimEnd('/') + pathAndQuery);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    [GeneratedRegex("""<(?<url>[^>]+)>\s*;\s*rel="next"\s*$""")]
    private static partial Regex NextPattern();
}
