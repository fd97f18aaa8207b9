import type { AppConfig } from '../config';
import { challengeOf, randomToken } from './pkce';
import { fromResponse, needsRenewal, type TokenResponse, type TokenSet } from './tokens';

// Tokens live in sessionStorage: they survive a reload of this tab, not the tab itself, and are never in a cookie.
const tokensKey = 'onboardingbpm.tokens';
const pendingKey = 'onboardingbpm.sign-in';

export const callbackPath = '/login/callback';

interface PendingSignIn {
  verifier: string;
  state: string;
  returnTo: string;
}

function redirectUri(): string {
  return window.location.origin + callbackPath;
}

export function storedTokens(): TokenSet | null {
  const json = sessionStorage.getItem(tokensKey);
  return json ? (JSON.parse(json) as TokenSet) : null;
}

function store(tokens: TokenSet | null): void {
  if (tokens) {
    sessionStorage.setItem(tokensKey, JSON.stringify(tokens));
  } else {
    sessionStorage.removeItem(tokensKey);
  }
}

/** Leaves for the authorization server's sign-in page (the Okta simulator's on the embedded defaults). */
export async function beginSignIn(config: AppConfig, returnTo: string): Promise<void> {
  const pending: PendingSignIn = { verifier: randomToken(48), state: randomToken(16), returnTo };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const query = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scopes.join(' '),
    state: pending.state,
    nonce: randomToken(16),
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`${config.issuer}/v1/authorize?${query.toString()}`);
}

/** The redirect back: checks the state, trades the code and the verifier for tokens; returns where the user was going. */
export async function completeSignIn(config: AppConfig, search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const pendingJson = sessionStorage.getItem(pendingKey);
  sessionStorage.removeItem(pendingKey);
  const error = params.get('error');
  if (error) {
    throw new Error(params.get('error_description') ?? error);
  }
  const pending = pendingJson ? (JSON.parse(pendingJson) as PendingSignIn) : null;
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state) {
    throw new Error('The sign-in answer does not match a sign-in started here; sign in again.');
  }
  const tokens = await tokenRequest(config, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri(),
    client_id: config.clientId,
    code_verifier: pending.verifier,
  });
  store(tokens);
  return pending.returnTo;
}

// One renewal at a time: the inbox, the hub and a click may all ask for a token as it expires.
let renewal: Promise<string | null> | null = null;

/** The access token, renewed with the refresh token when it is about to expire; null when the user must sign in again. */
export async function currentAccessToken(config: AppConfig): Promise<string | null> {
  const tokens = storedTokens();
  if (!tokens) {
    return null;
  }
  if (!needsRenewal(tokens, Date.now())) {
    return tokens.accessToken;
  }
  const refreshToken = tokens.refreshToken;
  if (!refreshToken) {
    store(null);
    return null;
  }
  renewal ??= renew(config, tokens, refreshToken).finally(() => {
    renewal = null;
  });
  return renewal;
}

async function renew(config: AppConfig, tokens: TokenSet, refreshToken: string): Promise<string | null> {
  try {
    const renewed = await tokenRequest(config, {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: config.clientId,
      scope: config.scopes.join(' '),
    }, tokens);
    store(renewed);
    return renewed.accessToken;
  } catch {
    store(null);
    return null;
  }
}

export function signOut(): void {
  store(null);
}

async function tokenRequest(config: AppConfig, form: Record<string, string>, previous?: TokenSet): Promise<TokenSet> {
  const sentAt = Date.now();
  const response = await fetch(`${config.issuer}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(form),
  });
  const body = (await response.json()) as TokenResponse & { error?: string; error_description?: string };
  if (!response.ok) {
    throw new Error(body.error_description ?? body.error ?? `The token endpoint answered ${response.status}.`);
  }
  return fromResponse(body, sentAt, previous);
}
