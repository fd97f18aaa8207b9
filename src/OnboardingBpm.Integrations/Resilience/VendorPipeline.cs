using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace OnboardingBpm.Integrations.Resilience;

/// <summary>
/// Builds a vendor's pipeline: retry (outermost) around a circuit breaker around a per-attempt timeout.
/// The breaker sees every attempt, so a dead vendor opens it quickly and later calls fail fast to the cache.
/// </summary>
public static class VendorPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Build(string vendor, ResilienceOptions options, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = vendor, TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter.Read(response, time.GetUtcNow()) : null),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
        });
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceOptions options, TimeProvider time)
    {
        if (outcome.Result is { } response && RetryAfter.Read(response, time.GetUtcNow()) is { } wait && wait > options.MaxRetryAfter)
        {
            // Waiting that long inside a call would hold a worker; the durable retry takes over instead.
            return false;
        }

        return outcome.Exception is not BrokenCircuitException && IsFailure(outcome);
    }

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => TransientStatuses.IsTransient(response.StatusCode),
        _ => false,
    };

    /// <summary>Maps the pipeline's own exceptions to the vendor failure a workflow understands.</summary>
    public static IntegrationException Translate(string vendor, Exception error) => error switch
    {
        // A handler inside the pipeline (authentication) already said what went wrong; keep its status and code.
        IntegrationException known => known,
        TimeoutRejectedException => new IntegrationException(vendor, "the call timed out", HttpStatusCode.GatewayTimeout, inner: error),
        BrokenCircuitException => new IntegrationException(vendor, "circuit open after repeated failures; calls are paused", HttpStatusCode.ServiceUnavailable, inner: error),
        HttpRequestException http => new IntegrationException(vendor, $"network error: {http.Message}", inner: error),
        _ => new IntegrationException(vendor, error.Message, inner: error),
    };
}
