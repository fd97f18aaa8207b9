/** The tokens of a signed-in tab, with the instant the access token stops being accepted. */
export interface TokenSet {
  accessToken: string;
  idToken: string | null;
  refreshToken: string | null;
  expiresAt: number;
}

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
}

export function fromResponse(response: TokenResponse, receivedAt: number, previous?: TokenSet): TokenSet {
  return {
    accessToken: response.access_token,
    idToken: response.id_token ?? previous?.idToken ?? null,
    refreshToken: response.refresh_token ?? previous?.refreshToken ?? null,
    expiresAt: receivedAt + response.expires_in * 1000,
  };
}

/** Renew a minute early, so a request never leaves with a token that expires on the way. */
export const renewalMargin = 60_000;

export function needsRenewal(tokens: TokenSet, now: number): boolean {
  return now >= tokens.expiresAt - renewalMargin;
}

/** The claims of a JWT, unverified: the server verifies; the app only reads the user's name. */
export function claimsOf(jwt: string | null): Record<string, unknown> {
  const payload = jwt?.split('.')[1];
  if (!payload) {
    return {};
  }
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}

export function displayName(tokens: TokenSet): string {
  const claims = claimsOf(tokens.idToken);
  const name = claims['name'] ?? claims['preferred_username'] ?? claimsOf(tokens.accessToken)['sub'];
  return typeof name === 'string' ? name : 'signed in';
}
