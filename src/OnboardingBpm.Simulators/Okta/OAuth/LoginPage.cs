using System.Net;
using System.Text;

namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>The simulator's sign-in page: one button per demo user, no password, clearly not the real Okta.</summary>
internal static class LoginPage
{
    public const string Title = "Okta simulator — development sign-in";

    public static string Render(AuthorizeRequest request, IEnumerable<OktaDemoUser> users)
    {
        var html = new StringBuilder();
        html.Append(Head());
        html.Append("<p>This is the local Okta simulator. Choose who to sign in as; no password is needed.</p>\n");
        html.Append("<form method=\"post\">\n");
        foreach (var (name, value) in request.Fields.Where(f => f.Value is not null))
        {
            html.Append($"  <input type=\"hidden\" name=\"{name}\" value=\"{Encode(value)}\">\n");
        }

        foreach (var user in users)
        {
            html.Append($"  <button type=\"submit\" name=\"login\" value=\"{Encode(user.Login)}\">")
                .Append($"<strong>{Encode(user.FirstName)} {Encode(user.LastName)}</strong> <span>{Encode(user.Login)}</span> ")
                .Append($"<small>{Encode(string.Join(", ", user.Groups))}</small></button>\n");
        }

        html.Append("</form>\n</main></body></html>\n");
        return html.ToString();
    }

    public static string Error(string message) => Head() + $"<p role=\"alert\">{Encode(message)}</p>\n</main></body></html>\n";

    private static string Head() =>
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Title + "</title>\n"
        + "<style>body{font-family:system-ui,sans-serif;background:#f4f4f6;margin:0}main{max-width:28rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}"
        + "button{display:block;width:100%;margin:.5rem 0;padding:.75rem;text-align:left;border:1px solid #ccd;border-radius:6px;background:#fff;cursor:pointer}button:hover{background:#eef}"
        + "span,small{display:block;color:#556}</style></head>\n"
        + "<body><main><h1>" + Title + "</h1>\n";

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");
}
