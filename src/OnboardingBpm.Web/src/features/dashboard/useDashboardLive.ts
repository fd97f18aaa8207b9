import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useEffect, useRef } from 'react';
import type { AlertNotice, KpiNotice } from './types';

interface Handlers {
  /** A new escalation, or a reconnect after which one may have been missed: refetch either way. */
  onEscalation: (alert: AlertNotice | null) => void;
  onKpis: (notice: KpiNotice) => void;
}

/**
 * The dashboard's own hub connection: escalation alerts and live KPI figures. The server sends each to the groups
 * allowed to see it; an escalation alert only triggers a refetch, so the list shown always passed the API's checks.
 */
export function useDashboardLive(token: () => Promise<string | null>, handlers: Handlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  }, [handlers]);

  useEffect(() => {
    let connection: HubConnection | null = new HubConnectionBuilder()
      .withUrl('/hubs/notifications', { accessTokenFactory: async () => (await token()) ?? '' })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    connection.on('AlertRaised', (alert: AlertNotice) => {
      if (alert.kind === 'escalation') {
        current.current.onEscalation(alert);
      }
    });
    connection.on('KpisChanged', (notice: KpiNotice) => {
      current.current.onKpis(notice);
    });
    connection.onreconnected(() => {
      current.current.onEscalation(null);
    });
    const started = connection.start().catch(() => undefined);
    return () => {
      const closing = connection;
      connection = null;
      void started.then(() => closing?.stop());
    };
  }, [token]);
}
