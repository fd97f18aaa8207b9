import type { Api } from '../../api/client';
import type { FormData, HumanTask, Page } from './types';

export interface Inbox {
  mine: HumanTask[];
  available: HumanTask[];
}

export async function loadInbox(api: Api): Promise<Inbox> {
  const [mine, available] = await Promise.all([
    api.get<Page<HumanTask>>('/api/tasks?scope=mine&take=200'),
    api.get<Page<HumanTask>>('/api/tasks?scope=available&take=200'),
  ]);
  return { mine: mine.items, available: available.items };
}

export const claimTask = (api: Api, id: string) => api.post<HumanTask>(`/api/tasks/${encodeURIComponent(id)}/claim`);

export const releaseTask = (api: Api, id: string) => api.post<HumanTask>(`/api/tasks/${encodeURIComponent(id)}/release`);

export const completeTask = (api: Api, id: string, outcome: string, data: FormData) =>
  api.post<unknown>(`/api/tasks/${encodeURIComponent(id)}/complete`, { outcome, data });
