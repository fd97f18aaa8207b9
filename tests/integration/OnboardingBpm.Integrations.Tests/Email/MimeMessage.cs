using System.Text;
using System.Text.RegularExpressions;

namespace OnboardingBpm.Integrations.Tests.Email;

/// <summary>Just enough MIME to check what the SMTP server received: headers, nested parts, decoded bodies.</summary>
internal sealed partial class MimeMessage
{
    private readonly Dictionary<string, string> headers;
    private readonly string body;

    private MimeMessage(Dictionary<string, string> headers, string body, IReadOnlyList<MimeMessage> parts)
    {
        this.headers = headers;
        this.body = body;
        Parts = parts;
    }

    public IReadOnlyList<MimeMessage> Parts { get; }

    public string MediaType => (Header("Content-Type") ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>This part and every part inside it.</summary>
    public IEnumerable<MimeMessage> All => Parts.SelectMany(p => p.All).Prepend(this);

    public string? FileName => Parameter("Content-Disposition", "filename") ?? Parameter("Content-Type", "name");

    public string? Header(string name) => headers.TryGetValue(name, out var value) ? DecodeWords(value) : null;

    public byte[] Content => (Header("Content-Transfer-Encoding") ?? "7bit").ToLowerInvariant() switch
    {
        "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
        "quoted-printable" => QuotedPrintable(body),
        _ => Encoding.UTF8.GetBytes(body),
    };

    public string Text => Encoding.UTF8.GetString(Content);

    public static MimeMessage Parse(string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
            {
                headers[last] += " " + line.Trim();
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }

        var message = new MimeMessage(headers, body, []);
        if (!message.MediaType.StartsWith("multipart/", StringComparison.Ordinal) || message.Parameter("Content-Type", "boundary") is not { } boundary)
        {
            return message;
        }

        var parts = body.Split($"--{boundary}")
            .Skip(1)
            .TakeWhile(p => !p.StartsWith("--", StringComparison.Ordinal))
            .Select(p => Parse(p.TrimStart('\n').TrimEnd('\n')))
            .ToList();
        return new MimeMessage(headers, body, parts);
    }

    private string? Parameter(string header, string name)
    {
        var value = Header(header);
        var match = value is null ? null : ParameterPattern().Matches(value).FirstOrDefault(m => m.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase));
        return match?.Groups[2].Value.Trim('"');
    }

    private static byte[] QuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var source = text.Replace("=\n", "", StringComparison.Ordinal);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '=' && i + 2 < source.Length)
            {
                bytes.Add(Convert.ToByte(source.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(source[i].ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>RFC 2047 encoded words, as System.Net.Mail writes a UTF-8 subject.</summary>
    private static string DecodeWords(string value) => EncodedWord().Replace(value.Replace("?= =?", "?==?", StringComparison.Ordinal), m =>
    {
        var encoding = Encoding.GetEncoding(m.Groups[1].Value);
        var data = m.Groups[3].Value;
        return m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? encoding.GetString(Convert.FromBase64String(data))
            : encoding.GetString(QuotedPrintable(data.Replace('_', ' ')));
    });

    [GeneratedRegex(@";\s*([A-Za-z-]+)=(""[^""]*""|[^;]*)")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();
}
