namespace OnboardingBpm.Simulators.Okta.OAuth;

/// <summary>An access token the simulator issued: who for, what it may do, until when.</summary>
internal sealed record IssuedToken(string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt, bool Org);

/// <summary>An authorization code waiting to be exchanged (once) at the token endpoint.</summary>
internal sealed record AuthorizationCode(string ClientId, string RedirectUri, string Login, IReadOnlyList<string> Scopes, string? Nonce, string? CodeChallenge, DateTimeOffset ExpiresAt);

internal sealed record RefreshGrant(string ClientId, string Login, IReadOnlyList<string> Scopes);

/// <summary>
/// What the authorization servers handed out. Access tokens are checked by lookup, so an injected expiry
/// (<see cref="ExpireAccessTokens"/>) invalidates them at once, as a revoked session does at Okta.
/// </summary>
internal sealed class IssuedTokens
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IssuedToken> accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorizationCode> codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshGrant> refreshTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedAssertions = new(StringComparer.Ordinal);

    public void AddAccessToken(string token, IssuedToken issued)
    {
        lock (gate)
        {
            accessTokens[token] = issued;
        }
    }

    public IssuedToken? FindAccessToken(string token, DateTimeOffset now)
    {
        lock (gate)
        {
            return accessTokens.TryGetValue(token, out var issued) && issued.ExpiresAt > now ? issued : null;
        }
    }

    public void ExpireAccessTokens()
    {
        lock (gate)
        {
            accessTokens.Clear();
        }
    }

    public void AddCode(string code, AuthorizationCode grant)
    {
        lock (gate)
        {
            codes[code] = grant;
        }
    }

    /// <summary>Removes the code: a code is good for one exchange, even a failed one.</summary>
    public AuthorizationCode? TakeCode(string code)
    {
        lock (gate)
        {
            return codes.Remove(code, out var grant) ? grant : null;
        }
    }

    public void AddRefreshToken(string token, RefreshGrant grant)
    {
        lock (gate)
        {
            refreshTokens[token] = grant;
        }
    }

    public RefreshGrant? FindRefreshToken(string token)
    {
        lock (gate)
        {
            return refreshTokens.GetValueOrDefault(token);
        }
    }

    /// <summary>False when a client assertion's jti was seen before: assertions cannot be replayed.</summary>
    public bool UseAssertion(string jti)
    {
        lock (gate)
        {
            return usedAssertions.Add(jti);
        }
    }
}
