import { navigate } from '../../app/router';
import { orderAlerts } from './summaries';
import type { Alert } from './types';

interface Props {
  alerts: readonly Alert[];
  fresh: ReadonlySet<string>;
  onAcknowledge: (alertId: string) => void;
}

/** Unacknowledged alerts first; the ones pushed live since the screen opened are marked new. */
export function AlertList({ alerts, fresh, onAcknowledge }: Props) {
  if (alerts.length === 0) {
    return <p className="empty">No alerts.</p>;
  }
  return (
    <ul className="alerts" aria-label="Alerts">
      {orderAlerts(alerts).map((alert) => (
        <li key={alert.id} className={`alert severity-${alert.severity.toLowerCase()}${alert.acknowledgedAt ? ' acknowledged' : ''}`}>
          <strong>{alert.title}</strong>
          {fresh.has(alert.id) ? <span className="new">new</span> : null}
          <span className="meta"> {alert.severity} · {alert.kind} · {new Date(alert.createdAt).toLocaleString()}</span>
          {alert.detail ? <p>{alert.detail}</p> : null}
          {alert.instanceId ? <p className="meta">Instance <a href={`/instances/${alert.instanceId}`} onClick={(e) => { e.preventDefault(); navigate(`/instances/${alert.instanceId ?? ''}`); }}>{alert.instanceId}</a></p> : null}
          {alert.acknowledgedAt
            ? <p className="meta">Acknowledged by {alert.acknowledgedBy ?? 'someone'} at {new Date(alert.acknowledgedAt).toLocaleString()}</p>
            : <button type="button" onClick={() => { onAcknowledge(alert.id); }}>Acknowledge</button>}
        </li>
      ))}
    </ul>
  );
}
