import { describe, expect, it } from 'vitest';
import { challengeOf } from './pkce';
import { claimsOf, fromResponse, needsRenewal, renewalMargin } from './tokens';

describe('tokens', () => {
  it('expiry counts from when the request left, and a refresh keeps the earlier id and refresh tokens', () => {
    const first = fromResponse({ access_token: 'a1', id_token: 'i1', refresh_token: 'r1', expires_in: 3600 }, 1_000);
    const renewed = fromResponse({ access_token: 'a2', expires_in: 3600 }, 2_000, first);

    expect(first.expiresAt).toBe(3_601_000);
    expect(renewed).toEqual({ accessToken: 'a2', idToken: 'i1', refreshToken: 'r1', expiresAt: 3_602_000 });
  });

  it('renews a minute before expiry', () => {
    const tokens = fromResponse({ access_token: 'a', expires_in: 3600 }, 0);

    expect(needsRenewal(tokens, 3_600_000 - renewalMargin - 1)).toBe(false);
    expect(needsRenewal(tokens, 3_600_000 - renewalMargin)).toBe(true);
  });

  it('reads base64url claims with non-ASCII names', () => {
    // {"name": "Zoë Ågren"} in UTF-8, base64url without padding (encoded with Python's base64 module).
    const payload = 'eyJuYW1lIjogIlpvw6sgw4VncmVuIn0';

    expect(claimsOf(`h.${payload}.s`)['name']).toBe('Zoë Ågren');
    expect(claimsOf(null)).toEqual({});
  });

  it('the PKCE challenge is base64url(SHA-256(verifier)) without padding', async () => {
    // Computed independently with Python's hashlib and base64.urlsafe_b64encode.
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU9p1r30hVmA6Tyw2Vc')).toBe('6BwtD1Z93829N3qri4ghcbDbyyLZCJYIxxQ6aMVIayA');
  });
});
