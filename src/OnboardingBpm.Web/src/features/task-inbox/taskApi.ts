import type { Api } from '../../api/client';
import { readAllPages, type ReadList } from './taskPages';
import type { FormData, HumanTask, Page } from './types';

export interface Inbox {
  mine: ReadList<HumanTask>;
  unclaimed: ReadList<HumanTask>;
}

const pageOf = (api: Api, scope: 'mine' | 'unclaimed') => (skip: number, take: number) =>
  api.get<Page<HumanTask>>(`/api/tasks?scope=${scope}&skip=${skip}&take=${take}`);

/** Both lists whole (up to the limit), soonest due first, as the server sorts and scopes them. */
export async function loadInbox(api: Api): Promise<Inbox> {
  const [mine, unclaimed] = await Promise.all([readAllPages(pageOf(api, 'mine')), readAllPages(pageOf(api, 'unclaimed'))]);
  return { mine, unclaimed };
}

export const claimTask = (api: Api, id: string) => api.post<HumanTask>(`/api/tasks/${encodeURIComponent(id)}/claim`);

export const releaseTask = (api: Api, id: string) => api.post<HumanTask>(`/api/tasks/${encodeURIComponent(id)}/release`);

export const completeTask = (api: Api, id: string, outcome: string, data: FormData) =>
  api.post<unknown>(`/api/tasks/${encodeURIComponent(id)}/complete`, { outcome, data });
