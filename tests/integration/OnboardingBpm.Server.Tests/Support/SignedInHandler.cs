using System.Net.Http.Headers;

namespace OnboardingBpm.Server.Tests.Support;

/// <summary>
/// Signs every request in as a demo user with a token from the server's development sign-in, which asks the Okta
/// simulator exactly as a real client asks Okta. A token is reused while the test clock has moved less than half
/// its hour of life, so tests that jump hours ahead still present a valid token.
/// </summary>
internal sealed class SignedInHandler(ServerFactory factory, string who) : DelegatingHandler
{
    private static readonly TimeSpan Reuse = TimeSpan.FromMinutes(30);
    private string? token;
    private DateTimeOffset fetchedAt;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = factory.Clock.GetUtcNow();
        if (token is null || now - fetchedAt >= Reuse || now < fetchedAt)
        {
            using var anonymous = factory.CreateClient();
            var query = who == DemoUsers.Service ? "client=service" : $"user={Uri.EscapeDataString(who)}";
            using var answer = await anonymous.GetAsync($"/dev/token?{query}", cancellationToken);
            var body = await answer.Content.ReadAsStringAsync(cancellationToken);
            token = answer.IsSuccessStatusCode
                ? body
                : throw new HttpRequestException($"The development sign-in as {who} answered {(int)answer.StatusCode}: {body}");
            fetchedAt = now;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
