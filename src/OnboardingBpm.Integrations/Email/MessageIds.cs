using System.Text;

namespace OnboardingBpm.Integrations.Email;

/// <summary>
/// The Message-ID header of a mail, derived from its stable id: a second send of the same mail carries the
/// same Message-ID, so receiving systems can tell it is a repeat.
/// </summary>
public static class MessageIds
{
    /// <summary>
    /// Characters outside RFC 5322's dot-atom (such as the ':' of a transaction id) are written as =XX, which
    /// keeps the mapping one-to-one.
    /// </summary>
    public static string For(string id, string domain)
    {
        var local = new StringBuilder(id.Length);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+')
            {
                local.Append(c);
            }
            else
            {
                local.Append('=').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return $"<{local.ToString().Trim('.')}@{domain}>";
    }
}
