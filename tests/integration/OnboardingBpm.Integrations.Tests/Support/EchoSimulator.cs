using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OnboardingBpm.Simulators.Faults;
using OnboardingBpm.Simulators.Hosting;

namespace OnboardingBpm.Integrations.Tests.Support;

/// <summary>
/// A vendor-neutral simulator for the shared resilience parts: it echoes bodies and counts reads, and answers
/// injected faults with a plain JSON error and standard rate-limit headers.
/// </summary>
internal sealed class EchoSimulator : ISimulator, IVendorFaults
{
    private int reads;

    public string Name => "echo";

    public IVendorFaults Faults => this;

    public int Reads => reads;

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public void Map(WebApplication app)
    {
        app.MapPost("/echo", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            return Results.Text(await reader.ReadToEndAsync(), "application/json");
        });
        app.MapGet("/items/{id}", (string id) => Results.Json(new { id, read = Interlocked.Increment(ref reads) }));
        app.MapGet("/bad-request", () => Results.Json(new { error = "invalid" }, statusCode: StatusCodes.Status400BadRequest));
    }

    public Task WriteErrorAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = status });
    }

    public Task WriteRateLimitedAsync(HttpContext context, DateTimeOffset resetAt)
    {
        var clock = context.RequestServices.GetRequiredService<SimulatorClock>();
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling((resetAt - clock.Now).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return context.Response.WriteAsJsonAsync(new { error = 429 });
    }

    public void ExpireTokens()
    {
    }
}
