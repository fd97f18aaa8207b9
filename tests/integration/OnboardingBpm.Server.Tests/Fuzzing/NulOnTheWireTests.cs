using System.Net.Sockets;
using System.Text;
using OnboardingBpm.Server.Tests.Support;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>
/// NUL where the in-memory test host cannot carry it (its client refuses <c>%00</c> in a path before sending): the
/// server on Kestrel, spoken to in raw HTTP/1.1 over loopback. A path or a header with NUL is refused by Kestrel
/// itself, before routing; a query parameter with NUL reaches the application and is refused by its guard.
/// </summary>
public sealed class NulOnTheWireTests(NulOnTheWireTests.KestrelServerFactory server) : IClassFixture<NulOnTheWireTests.KestrelServerFactory>
{
    [Theory]
    [InlineData("POST /api/events/nul%00go HTTP/1.1")]
    [InlineData("GET /api/cases/C-1%00 HTTP/1.1")]
    [InlineData("POST /workflows/onboarding%00-requests HTTP/1.1")]
    [InlineData("POST /api/surveys/token%00 HTTP/1.1")]
    [InlineData("GET /api/cases/C-1\0 HTTP/1.1")]
    public async Task a_nul_in_the_path_is_refused_with_400_before_any_endpoint(string requestLine)
    {
        var answer = await SendAsync(requestLine, "X-Trace: 1");

        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("problem+json", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Correlation-Id: c\01")]
    [InlineData("Idempotency-Key: \0")]
    public async Task a_nul_in_a_header_is_refused_with_400_before_any_endpoint(string header)
    {
        var answer = await SendAsync("POST /api/surveys/no-such-token HTTP/1.1", header);

        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("problem+json", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_nul_in_a_query_parameter_reaches_the_guard_and_is_a_problem_naming_it()
    {
        var answer = await SendAsync("POST /api/surveys/no-such-token?ref=mail%00 HTTP/1.1", "X-Trace: 1");

        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        Assert.Contains("\"ref\":[\"contains a NUL character", answer, StringComparison.Ordinal);
    }

    /// <summary>One request on its own connection; the answer as text (status line, headers, body) once the server closes it.</summary>
    private async Task<string> SendAsync(string requestLine, string header)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var address = server.ServerAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, cancellationToken);
        await using var stream = tcp.GetStream();
        const string Body = "{\"rating\": 4}";
        var request = $"{requestLine}\r\nHost: {address.Authority}\r\n{header}\r\nContent-Type: application/json\r\nContent-Length: {Body.Length}\r\nConnection: close\r\n\r\n{Body}";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(timeout.Token);
    }

    /// <summary>The server on Kestrel at a free loopback port (its database plays no part: nothing gets that far).</summary>
    public sealed class KestrelServerFactory : ServerFactory
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            UseKestrel(0);
            StartServer();
        }

        public Uri ServerAddress => ClientOptions.BaseAddress;
    }
}
