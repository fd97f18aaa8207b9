import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useEffect, useRef, useState } from 'react';
import type { ConnectionState } from '../../realtime/notifications';
import type { Alert } from './types';

/**
 * AlertRaised from /hubs/notifications: the server sends each alert to its audience's group only. Like task notices,
 * it only triggers a fetch, so what the screen shows passed the API's checks.
 */
export function useAlertFeed(token: () => Promise<string | null>, onAlert: (alert: Alert) => void): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  const handler = useRef(onAlert);
  useEffect(() => {
    handler.current = onAlert;
  }, [onAlert]);

  useEffect(() => {
    let connection: HubConnection | null = new HubConnectionBuilder()
      .withUrl('/hubs/notifications', { accessTokenFactory: async () => (await token()) ?? '' })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    connection.on('AlertRaised', (alert: Alert) => {
      handler.current(alert);
    });
    connection.onreconnecting(() => {
      setState('connecting');
    });
    connection.onreconnected(() => {
      setState('live');
    });
    connection.onclose(() => {
      setState('offline');
    });
    const started = connection.start().then(
      () => {
        setState('live');
      },
      () => {
        setState('offline');
      },
    );
    return () => {
      const closing = connection;
      connection = null;
      void started.then(() => closing?.stop());
    };
  }, [token]);

  return state;
}
