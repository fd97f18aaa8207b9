import { useCallback, useEffect, useMemo, useState } from 'react';
import { createApi } from '../api/client';
import { ApiError } from '../api/problems';
import { beginSignIn, callbackPath, completeSignIn, currentAccessToken, signOut, storedTokens } from '../auth/session';
import { displayName } from '../auth/tokens';
import { clockOffset, loadAppConfig, type AppConfig } from '../config';
import { EmbeddedBanner } from './EmbeddedBanner';
import type { Me } from './navigation';
import { Shell } from './Shell';

type State =
  | { kind: 'starting' }
  | { kind: 'failed'; message: string; config?: AppConfig }
  | { kind: 'signed-out'; config: AppConfig }
  | { kind: 'signed-in'; config: AppConfig; me: Me };

/** Configuration, then the sign-in redirect's answer if this is one, then who the user is. */
async function boot(): Promise<{ state: State; offset: number }> {
  let config: AppConfig | undefined;
  let offset = 0;
  try {
    config = await loadAppConfig();
    offset = clockOffset(config, Date.now());
    if (window.location.pathname === callbackPath) {
      const returnTo = await completeSignIn(config, window.location.search);
      window.history.replaceState(null, '', returnTo);
    }
    const token = await currentAccessToken(config);
    if (!token) {
      return { state: { kind: 'signed-out', config }, offset };
    }
    const me = await createApi(() => Promise.resolve(token), () => undefined).get<Me>('/api/me');
    return { state: { kind: 'signed-in', config, me }, offset };
  } catch (error) {
    const message = error instanceof ApiError && error.status === 403
      ? 'Your account has no role in OnboardingBpm. Ask an administrator to add you to a bpm-* group.'
      : error instanceof Error ? error.message : String(error);
    return { state: config ? { kind: 'failed', message, config } : { kind: 'failed', message }, offset };
  }
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'starting' });
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    void boot().then((booted) => {
      setOffset(booted.offset);
      setState(booted.state);
    });
  }, []);

  const config = state.kind === 'starting' ? undefined : state.config;
  const token = useCallback(() => (config ? currentAccessToken(config) : Promise.resolve(null)), [config]);
  const signInAgain = useCallback(() => {
    if (config) {
      void beginSignIn(config, window.location.pathname);
    }
  }, [config]);
  const api = useMemo(() => createApi(token, signInAgain), [token, signInAgain]);
  const now = useCallback(() => Date.now() + offset, [offset]);

  switch (state.kind) {
    case 'starting':
      return <p className="starting">Starting…</p>;
    case 'failed':
      return (
        <div className="signed-out">
          {state.config ? <EmbeddedBanner config={state.config} /> : null}
          <h1>OnboardingBpm</h1>
          <p role="alert">{state.message}</p>
          <button type="button" onClick={() => { signOut(); window.location.assign('/'); }}>Start again</button>
        </div>
      );
    case 'signed-out':
      return (
        <div className="signed-out">
          <EmbeddedBanner config={state.config} />
          <h1>OnboardingBpm</h1>
          <p>Customer onboarding and support processes.</p>
          <button type="button" className="primary" onClick={() => void beginSignIn(state.config, window.location.pathname === '/' ? '/' : window.location.pathname)}>Sign in</button>
        </div>
      );
    case 'signed-in': {
      const tokens = storedTokens();
      return (
        <Shell config={state.config} api={api} me={state.me} name={tokens ? displayName(tokens) : state.me.user} now={now} token={token}
          onSignOut={() => { signOut(); setState({ kind: 'signed-out', config: state.config }); window.history.replaceState(null, '', '/'); }} />
      );
    }
  }
}
