using Microsoft.AspNetCore.Http;

namespace OnboardingBpm.Simulators.Faults;

/// <summary>Applies the injected faults before the vendor endpoints see a request, and records every request.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(FaultControlEndpoints.Prefix))
        {
            await next(context);
            return;
        }

        // The latency timer is created before the request is recorded: a test that sees the request arrive and
        // then moves the clock must find the timer already waiting, or the delay would never end.
        var latency = faults.Take(context.Request, FaultAction.Latency) is { } slow
            ? Task.Delay(slow.Latency, faults.Time, context.RequestAborted)
            : Task.CompletedTask;
        var recorded = faults.Record(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? "", faults.Time.GetUtcNow()));
        try
        {
            await latency;
            await ApplyAsync(context);
        }
        finally
        {
            recorded.Status = context.Response.StatusCode;
        }
    }

    private async Task ApplyAsync(HttpContext context)
    {
        if (faults.InOutage())
        {
            await faults.Vendor.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable);
        }
        else if (faults.Take(context.Request, FaultAction.RateLimit) is { } limited)
        {
            await faults.Vendor.WriteRateLimitedAsync(context, faults.Time.GetUtcNow() + limited.ResetAfter);
        }
        else if (faults.Take(context.Request, FaultAction.Status) is { } scripted)
        {
            await faults.Vendor.WriteErrorAsync(context, scripted.Status);
        }
        else
        {
            await next(context);
        }
    }
}
