import { useMemo } from 'react';
import type { TaskNotice } from '../features/task-inbox/types';
import { useHub, type ConnectionState } from './useHub';

export type { ConnectionState } from './useHub';

/** New tasks for the inbox: a notice only triggers a fetch, so what the inbox shows passed the API's checks. */
export function useTaskNotices(token: () => Promise<string | null>, onTask: (notice: TaskNotice) => void): ConnectionState {
  const handlers = useMemo(() => ({ TaskCreated: onTask }), [onTask]);
  return useHub(token, handlers);
}
