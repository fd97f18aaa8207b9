import type { Incident } from './types';

/** Open incidents: the activity that ran out of attempts, why, and a Retry that starts its attempts afresh. */
export function IncidentList({ incidents, onRetry }: { incidents: readonly Incident[]; onRetry: (incidentId: string) => void }) {
  return (
    <>
      <h3>Incidents</h3>
      {incidents.length === 0 ? <p className="empty">No open incident.</p> : (
        <ul className="incidents">
          {incidents.map((incident) => (
            <li key={incident.id} className="incident">
              <strong>{incident.activityType}</strong> at {incident.activityId} failed {incident.attempts} times
              <span className="meta"> · {new Date(incident.createdAt).toLocaleString()}</span>
              <p className="incident-message">{incident.message}</p>
              <button type="button" onClick={() => { onRetry(incident.id); }}>Retry</button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
