using OnboardingBpm.Integrations.Resilience;

namespace OnboardingBpm.Integrations.Tests.Support;

/// <summary>An HttpClient behind the real <see cref="ResilienceHandler"/>, talking to an <see cref="EchoSimulator"/>.</summary>
internal static class EchoClient
{
    public static HttpClient Create(Uri baseAddress, ResilienceOptions options, TimeProvider clock) =>
        Create(baseAddress, VendorPipeline.Build("Echo", options, clock));

    public static HttpClient Create(Uri baseAddress, Polly.ResiliencePipeline<HttpResponseMessage> pipeline) =>
        new(new ResilienceHandler("Echo", pipeline) { InnerHandler = new SocketsHttpHandler() })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };

    public static ResilienceOptions FastRetries() => new() { RetryBaseDelay = TimeSpan.Zero };
}
