import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import type { Page } from './types';

export interface ListState<T> {
  page: Page<T> | null;
  error: string | null;
}

/** Fetches a list page whenever its path changes; an error is the server's problem message, shown as a banner. */
export function useList<T>(api: Api, path: string | null, refreshKey = 0): ListState<T> {
  const [state, setState] = useState<ListState<T>>({ page: null, error: null });
  useEffect(() => {
    if (path === null) {
      return;
    }
    let current = true;
    api.get<Page<T>>(path).then(
      (page) => { if (current) { setState({ page, error: null }); } },
      (error: unknown) => { if (current) { setState({ page: null, error: error instanceof Error ? error.message : String(error) }); } },
    );
    return () => { current = false; };
  }, [api, path, refreshKey]);
  return state;
}
