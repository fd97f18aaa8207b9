import { ApiError, type Problem } from './problems';

export type TokenSource = () => Promise<string | null>;

/** The API over fetch with the user's bearer token; a 401 means the session is over and sign-in starts again. */
export interface Api {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
}

export function createApi(token: TokenSource, onSignedOut: () => void): Api {
  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const accessToken = await token();
    if (!accessToken) {
      onSignedOut();
      throw new ApiError(401, { title: 'Signed out' });
    }
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${accessToken}` };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(path, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    if (response.status === 401) {
      onSignedOut();
    }
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      throw new ApiError(response.status, parsed === undefined ? {} : (parsed as Problem));
    }
    return parsed as T;
  }

  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
  };
}
