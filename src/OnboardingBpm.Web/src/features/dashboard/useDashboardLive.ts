import { useCallback, useMemo } from 'react';
import { useHub } from '../../realtime/useHub';
import type { AlertNotice, KpiNotice } from './types';

interface Handlers {
  /** A new escalation, or a reconnect after which one may have been missed: refetch either way. */
  onEscalation: (alert: AlertNotice | null) => void;
  onKpis: (notice: KpiNotice) => void;
}

/**
 * Escalation alerts and live KPI figures for the dashboard. The server sends each to the groups allowed to see it;
 * an escalation alert only triggers a refetch, so the list shown always passed the API's checks.
 */
export function useDashboardLive(token: () => Promise<string | null>, { onEscalation, onKpis }: Handlers): void {
  const hubHandlers = useMemo(() => ({
    AlertRaised: (alert: AlertNotice) => {
      if (alert.kind === 'escalation') {
        onEscalation(alert);
      }
    },
    KpisChanged: onKpis,
  }), [onEscalation, onKpis]);
  const reconnected = useCallback(() => {
    onEscalation(null);
  }, [onEscalation]);
  useHub(token, hubHandlers, reconnected);
}
