using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace OnboardingBpm.Server.Errors;

/// <summary>
/// Admits a request body before any endpoint reads it: at most <c>Api:MaxRequestBodyBytes</c> (or the endpoint's own
/// <see cref="WithRequestBodyLimit{TBuilder}"/>), refused with 413 by its Content-Length at once or, without one, as
/// soon as reading passes the limit; and, for endpoints that take JSON, only a JSON media type in UTF-8 (else 415).
/// The limit holds on any server, the test host included, rather than only where Kestrel enforces its own.
/// </summary>
public static class RequestBodyGuard
{
    public const long DefaultMaxBytes = 1024 * 1024;

    /// <summary>A body limit for one endpoint or group, above or below the server-wide one.</summary>
    public sealed record RequestBodyLimit(long MaxBytes);

    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(maxBytes));

    public static WebApplication UseRequestBodyGuard(this WebApplication app)
    {
        var serverLimit = app.Configuration.GetValue("Api:MaxRequestBodyBytes", DefaultMaxBytes);
        if (serverLimit < 1)
        {
            throw new InvalidOperationException("Api:MaxRequestBodyBytes must be at least 1.");
        }

        app.Use((context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var limit = endpoint?.Metadata.GetMetadata<RequestBodyLimit>()?.MaxBytes ?? serverLimit;
            Admit(context, limit, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>());
            return next(context);
        });
        return app;
    }

    private static void Admit(HttpContext context, long limit, IAcceptsMetadata? accepts)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method));
        if (!hasBody)
        {
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } transport)
        {
            transport.MaxRequestBodySize = limit;
        }

        request.Body = new LimitedBody(request.Body, limit);
        if (accepts is { ContentTypes.Count: > 0 } && accepts.ContentTypes.All(IsJson))
        {
            CheckJsonContentType(request.ContentType);
        }
    }

    private static void CheckJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !IsJson(media.MediaType.Value ?? ""))
        {
            throw new BadHttpRequestException("Send the body as JSON, with Content-Type: application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        var charset = media.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("Send the body in UTF-8 (charset=utf-8, or no charset).", StatusCodes.Status415UnsupportedMediaType);
        }
    }

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"The body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Counts what the endpoint reads and stops it past the limit, for bodies sent without a length.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int bytes)
        {
            read += bytes;
            return read > limit ? throw TooLarge(limit) : bytes;
        }
    }
}
