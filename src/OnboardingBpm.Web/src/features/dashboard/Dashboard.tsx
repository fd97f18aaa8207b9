import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../api/client';
import type { Me } from '../../app/navigation';
import { segmentChoices } from '../cases/listQuery';
import { EscalationList } from './EscalationList';
import { KpiPanel } from './KpiPanel';
import { OpenCasesByAge } from './OpenCasesByAge';
import type { AlertNotice, KpiNotice } from './types';
import { useDashboardLive } from './useDashboardLive';

/** Cases and escalations are customer work (Policies.ReadCases); product managers see the KPIs only. */
const caseRoles = ['Agent', 'Supervisor', 'Admin'];

export function Dashboard({ api, me, token }: { api: Api; me: Me; token: () => Promise<string | null> }) {
  const [refreshKey, setRefreshKey] = useState(0);
  const [fresh, setFresh] = useState(0);
  const [pushed, setPushed] = useState<Readonly<Record<string, KpiNotice>>>({});
  const readsCases = me.roles.some((role) => caseRoles.includes(role));
  const segments = useMemo(() => segmentChoices(me.segments, me.seesAllSegments), [me.segments, me.seesAllSegments]);

  const handlers = useMemo(() => ({
    onEscalation: (alert: AlertNotice | null) => {
      if (alert) {
        setFresh((n) => n + 1);
      }
      setRefreshKey((k) => k + 1);
    },
    onKpis: (notice: KpiNotice) => { setPushed((all) => ({ ...all, [notice.segment]: notice })); },
  }), []);
  useDashboardLive(token, handlers);
  const refresh = useCallback(() => { setRefreshKey((k) => k + 1); setFresh(0); }, []);

  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <h2>Supervisor dashboard</h2>
        {readsCases ? <button type="button" onClick={refresh}>Refresh</button> : null}
      </div>
      {readsCases ? (
        <div className="dashboard-row">
          <OpenCasesByAge api={api} segments={segments} refreshKey={refreshKey} />
          <EscalationList api={api} refreshKey={refreshKey} fresh={fresh} />
        </div>
      ) : null}
      <KpiPanel api={api} token={token} pushed={pushed} />
    </div>
  );
}
