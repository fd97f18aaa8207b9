import { useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: unknown;
}

/** Loads on mount and whenever a dependency changes; a late answer for old dependencies is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) {
          setState({ data, error: null });
        }
      },
      (error: unknown) => {
        if (current) {
          setState((previous) => ({ data: previous.data, error }));
        }
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the load depends on
  }, deps);
  return state;
}
