import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useEffect, useRef, useState } from 'react';

export type ConnectionState = 'connecting' | 'live' | 'offline';

/** Client methods the hub calls, by name (TaskCreated, AlertRaised, KpisChanged), each with its one argument. */
export type HubHandlers = Record<string, (argument: never) => void>;

/**
 * A connection to /hubs/notifications for as long as the component is mounted. The server places it in the groups
 * of the user's roles and segments, so every message that arrives is one the API would show this user. The token
 * goes in the query string (WebSockets carry no headers). `onReconnected` runs after a reconnect, when messages may
 * have been missed. Handlers are read at call time, so passing new functions does not reconnect. WebSockets only,
 * without the negotiate round trip: behind a load balancer the negotiate call and the socket could land on different
 * servers, and one WebSocket needs no sticky sessions (docs/scale-out.md).
 */
export function useHub(token: () => Promise<string | null>, handlers: HubHandlers, onReconnected?: () => void): ConnectionState {
  const [state, setState] = useState<ConnectionState>('connecting');
  const current = useRef({ handlers, onReconnected });
  useEffect(() => {
    current.current = { handlers, onReconnected };
  }, [handlers, onReconnected]);
  // The method names are fixed per caller; a change of names (never in practice) reconnects.
  const methods = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    let connection: HubConnection | null = new HubConnectionBuilder()
      .withUrl('/hubs/notifications', {
        accessTokenFactory: async () => (await token()) ?? '',
        skipNegotiation: true,
        transport: HttpTransportType.WebSockets,
      })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    for (const method of methods.split(',').filter((m) => m.length > 0)) {
      connection.on(method, (argument: never) => {
        current.current.handlers[method]?.(argument);
      });
    }
    connection.onreconnecting(() => {
      setState('connecting');
    });
    connection.onreconnected(() => {
      setState('live');
      current.current.onReconnected?.();
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
  }, [token, methods]);

  return state;
}
