import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useEffect, useRef, useState } from 'react';
import type { TaskNotice } from '../features/task-inbox/types';

export type ConnectionState = 'connecting' | 'live' | 'offline';

/**
 * /hubs/notifications: the server places the connection in the groups of the user's roles and segments, so every
 * notice that arrives is one the inbox would show. The token goes in the query string (WebSockets carry no headers).
 */
export function useTaskNotices(token: () => Promise<string | null>, onTask: (notice: TaskNotice) => void): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  const handler = useRef(onTask);
  useEffect(() => {
    handler.current = onTask;
  }, [onTask]);

  useEffect(() => {
    let connection: HubConnection | null = new HubConnectionBuilder()
      .withUrl('/hubs/notifications', { accessTokenFactory: async () => (await token()) ?? '' })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    connection.on('TaskCreated', (notice: TaskNotice) => {
      handler.current(notice);
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
