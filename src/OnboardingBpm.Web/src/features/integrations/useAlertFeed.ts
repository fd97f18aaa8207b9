import { useMemo } from 'react';
import { useHub, type ConnectionState } from '../../realtime/useHub';
import type { Alert } from './types';

/**
 * AlertRaised from /hubs/notifications: the server sends each alert to its audience's group only. Like task notices,
 * it only triggers a fetch, so what the screen shows passed the API's checks.
 */
export function useAlertFeed(token: () => Promise<string | null>, onAlert: (alert: Alert) => void): ConnectionState {
  const handlers = useMemo(() => ({ AlertRaised: onAlert }), [onAlert]);
  return useHub(token, handlers);
}
