import { useCallback, useState } from 'react';
import type { Api } from '../../api/client';
import { navigate } from '../../app/router';
import { ProblemBanner } from '../instances/ProblemBanner';
import { useLoad } from '../instances/useLoad';
import '../instances/instances.css';
import { AlertList } from './AlertList';
import { acknowledgeAlert, getStatus, listAlerts, listOpenIncidents, listRuns, listSimulators } from './integrationApi';
import { MailOutbox } from './MailOutbox';
import { RunsPanel } from './RunsPanel';
import { apiUsageText, overallHealth, summariseRuns } from './summaries';
import type { Alert } from './types';
import { useAlertFeed } from './useAlertFeed';
import './integrations.css';

const healthText = { ok: 'All good', warning: 'Needs a look', critical: 'Action needed' } as const;

/** Platform engineering's view: where each vendor call goes, sync runs, incidents, alerts (live) and the outbox. */
export function IntegrationsScreen({ api, token }: { api: Api; token: () => Promise<string | null> }) {
  const [refreshKey, setRefreshKey] = useState(0);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [actionError, setActionError] = useState<unknown>(null);
  const status = useLoad(() => getStatus(api), [api, refreshKey]);
  const simulators = useLoad(() => listSimulators(api), [api]);
  const incidents = useLoad(() => listOpenIncidents(api), [api, refreshKey]);
  const alerts = useLoad(() => listAlerts(api, 0), [api, refreshKey]);
  const recentRuns = useLoad(() => listRuns(api, 0), [api, refreshKey]);

  const live = useAlertFeed(token, useCallback((alert: Alert) => {
    setFresh((current) => new Set(current).add(alert.id));
    setRefreshKey((key) => key + 1);
  }, []));

  async function acknowledge(alertId: string) {
    setActionError(null);
    try {
      await acknowledgeAlert(api, alertId);
    } catch (error) {
      setActionError(error);
    }
    setRefreshKey((key) => key + 1);
  }

  const report = status.data;
  const health = overallHealth(incidents.data?.length ?? 0, alerts.data ?? [], summariseRuns(recentRuns.data ?? []));
  const simulatorAt = new Map((simulators.data ?? []).map((s) => [s.vendor.toLowerCase(), s.address]));
  return (
    <section className="integrations">
      <h2>Integrations <span className={`health health-${health}`} aria-label={`Health: ${health}`}>{healthText[health]}</span></h2>
      <ProblemBanner error={status.error ?? incidents.error ?? alerts.error} />
      <ProblemBanner error={actionError} />
      <p className="toolbar">
        <button type="button" onClick={() => { setRefreshKey((key) => key + 1); }}>Refresh</button>
        <span className={`live ${live}`} title="Live alerts">{live === 'live' ? '● alerts live' : live === 'connecting' ? '○ connecting' : '○ alerts offline'}</span>
      </p>
      {report ? (
        <>
          <table className="instance-table vendors" aria-label="Vendors">
            <thead><tr><th>Vendor</th><th>Mode</th><th>Address</th></tr></thead>
            <tbody>
              {report.vendors.map((v) => (
                <tr key={v.vendor} className={`vendor-${v.mode.toLowerCase()}`}>
                  <td>{v.vendor}</td>
                  <td>{v.mode === 'Simulated' ? <span className="status status-simulated">Simulated (embedded default)</span> : <span className="status status-finished">{v.mode}</span>}</td>
                  <td><code>{v.address || simulatorAt.get(v.vendor.toLowerCase()) || '—'}</code></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Salesforce API usage: {apiUsageText(report.salesforceUsage)} · Mail: {report.mail}</p>
        </>
      ) : null}
      <h3>Open incidents</h3>
      {incidents.data?.length === 0 ? <p className="empty">No open incident.</p> : (
        <ul className="incidents" aria-label="Open incidents">
          {(incidents.data ?? []).map((i) => (
            <li key={i.id} className="incident">
              <strong>{i.activityType}</strong> in {i.definitionId} failed {i.attempts} times: {i.message}{' '}
              <a href={`/instances/${i.instanceId}`} onClick={(e) => { e.preventDefault(); navigate(`/instances/${i.instanceId}`); }}>Open instance</a>
            </li>
          ))}
        </ul>
      )}
      <h3>Alerts</h3>
      <AlertList alerts={alerts.data ?? []} fresh={fresh} onAcknowledge={(id) => void acknowledge(id)} />
      <RunsPanel api={api} refreshKey={refreshKey} />
      <MailOutbox api={api} refreshKey={refreshKey} />
    </section>
  );
}
