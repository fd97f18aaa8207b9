using System.Net;

namespace OnboardingBpm.Server.Tests.Fuzzing;

/// <summary>What a case does to the request: a changed body, a lie about its type, or no length up front.</summary>
public enum FuzzKind
{
    /// <summary>The valid body, unchanged: answered with the endpoint's documented 2xx (or a 4xx its state explains).</summary>
    Valid,

    /// <summary>Still well-formed JSON of a plausible shape; the server may accept it or refuse it, never fail.</summary>
    Mutated,

    /// <summary>Not JSON, nested past any sane depth, or far too large: the server must refuse it.</summary>
    MustRefuse,
}

/// <summary>One request body the fuzz sends, with what it is for the failure message.</summary>
public sealed record FuzzCase(string Description, FuzzKind Kind, byte[] Body, string? ContentType = "application/json", bool Chunked = false)
{
    public bool IsHuge => Body.Length > 4 * 1024 * 1024;

    public HttpContent ToContent()
    {
        HttpContent content = Chunked ? new UnknownLengthContent(Body) : new ByteArrayContent(Body);
        if (ContentType is not null)
        {
            // Lies and garbage on purpose: added without the client's own validation.
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        return content;
    }

    /// <summary>A body sent without Content-Length, so the server only learns its size by reading it.</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            const int Chunk = 64 * 1024;
            for (var offset = 0; offset < body.Length; offset += Chunk)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(Chunk, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary>The documented answer to the valid body, for the endpoint under test.</summary>
public static class FuzzStatus
{
    public static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 300;

    public static bool IsRefusal(HttpStatusCode status) => (int)status is >= 400 and < 500;
}
