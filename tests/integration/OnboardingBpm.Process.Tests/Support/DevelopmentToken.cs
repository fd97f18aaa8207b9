using System.Net.Http.Headers;

namespace OnboardingBpm.Process.Tests.Support;

/// <summary>
/// Signs the test's requests in as the admin demo user through the server's development sign-in (each server
/// process runs its own Okta simulator, so each gets its own token). Renewed after 30 minutes of real time.
/// </summary>
internal sealed class DevelopmentToken(Uri server) : DelegatingHandler(new SocketsHttpHandler())
{
    private const string Admin = "alex.admin@onboardingbpm.local";
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTime fetchedAt;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is null || DateTime.UtcNow - fetchedAt > TimeSpan.FromMinutes(30))
            {
                using var anonymous = new HttpClient { BaseAddress = server };
                token = await anonymous.GetStringAsync($"/dev/token?user={Uri.EscapeDataString(Admin)}", cancellationToken);
                fetchedAt = DateTime.UtcNow;
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
