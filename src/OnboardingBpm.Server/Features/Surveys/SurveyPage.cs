using System.Security.Cryptography;
using System.Text.Encodings.Web;
using OnboardingBpm.Onboarding.Surveys;

namespace OnboardingBpm.Server.Features.Surveys;

/// <summary>
/// The page the mail links to: a rating (1-5) and a comment, posted as JSON to /api/surveys/{token}. Self-contained
/// (no external assets); the one inline script runs under a per-response CSP nonce; every value is HTML-encoded.
/// </summary>
public static class SurveyPage
{
    public static async Task<IResult> HandleAsync(string token, HttpResponse response, ISurveyStore surveys, TimeProvider time, CancellationToken cancellationToken)
    {
        SurveyEndpoints.Protect(response);
        var invitation = await surveys.FindByTokenAsync(token, cancellationToken);
        var (status, body) = invitation switch
        {
            null => (StatusCodes.Status404NotFound, Message("This survey link is not known.")),
            { AnsweredAt: not null } => (StatusCodes.Status409Conflict, Message("This survey was answered already. Thank you!")),
            _ when time.GetUtcNow() >= invitation.ExpiresAt => (StatusCodes.Status410Gone, Message("This survey link has expired.")),
            _ => (StatusCodes.Status200OK, Form(token, invitation.SubjectId, response)),
        };
        if (status != StatusCodes.Status200OK)
        {
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        }

        return TypedResults.Content(Page(body), "text/html; charset=utf-8", statusCode: status);
    }

    private static string Message(string text) => $"<p>{HtmlEncoder.Default.Encode(text)}</p>";

    private static string Form(string token, string caseId, HttpResponse response)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; connect-src 'self'; form-action 'self'";
        var html = HtmlEncoder.Default;
        var ratings = string.Concat(Enumerable.Range(1, 5).Select(r =>
            $"<label><input type=\"radio\" name=\"rating\" value=\"{r}\" required> {r}</label> "));
        // The action is a JSON API, so the script posts the form; the token is read from the page, not built into the script.
        return $$"""
            <h1>How did we do on case {{html.Encode(caseId)}}?</h1>
            <form id="survey" data-action="/api/surveys/{{html.Encode(token)}}">
              <fieldset><legend>Your rating (1 = poor, 5 = excellent)</legend>{{ratings}}</fieldset>
              <p><label for="comment">Anything you want to tell us? (optional)</label><br>
              <textarea id="comment" name="comment" rows="5" cols="60" maxlength="{{AnswerSurvey.MaxCommentLength}}"></textarea></p>
              <p><button type="submit">Send</button></p>
            </form>
            <p id="result" role="status"></p>
            <script nonce="{{nonce}}">
              document.getElementById('survey').addEventListener('submit', async (e) => {
                e.preventDefault();
                const form = e.target;
                const rating = Number(new FormData(form).get('rating'));
                const response = await fetch(form.dataset.action, {
                  method: 'POST',
                  headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify({ rating, comment: form.comment.value })
                });
                document.getElementById('result').textContent = response.ok
                  ? 'Thank you for your answer!'
                  : (await response.json()).detail || 'The answer could not be sent.';
                if (response.ok) { form.remove(); }
              });
            </script>
            """;
    }

    private static string Page(string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your feedback</title>
        <style>body { font-family: sans-serif; color: #1f2933; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }</style></head>
        <body>
        {{body}}
        </body>
        </html>
        """;
}
