import { useMemo, useState } from 'react';
import type { Api } from '../../api/client';
import { ApiError } from '../../api/problems';
import { navigate } from '../../app/router';
import { IncidentList } from './IncidentList';
import { InstanceDiagram } from './InstanceDiagram';
import { cancelInstance, getDefinitionVersion, getInstance, getJournal, listIncidents, retryIncident } from './instanceApi';
import { JournalTable } from './JournalTable';
import { highlightPath } from './path';
import { ProblemBanner } from './ProblemBanner';
import type { Incident } from './types';
import { useLoad } from './useLoad';

const finished = new Set(['Finished', 'Cancelled']);

/** One instance: its diagram with the path and position, what waits, incidents, the journal and variables. */
export function InstancePage({ api, instanceId }: { api: Api; instanceId: string }) {
  const [version, setVersion] = useState(0);
  const [actionError, setActionError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const instance = useLoad(() => getInstance(api, instanceId), [api, instanceId, version]);
  const journal = useLoad(() => getJournal(api, instanceId), [api, instanceId, version]);
  const key = instance.data ? `${instance.data.definitionId}@${String(instance.data.definitionVersion)}` : '';
  const definition = useLoad(
    () => (instance.data ? getDefinitionVersion(api, instance.data.definitionId, instance.data.definitionVersion) : Promise.resolve(null)),
    [api, key],
  );
  // Incidents are a platform concern (OperatePlatform): for other roles a 403 just means the section is hidden.
  const incidents = useLoad<Incident[] | null>(
    () => listIncidents(api, instanceId).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 403) {
        return null;
      }
      throw error;
    }),
    [api, instanceId, version],
  );
  const highlight = useMemo(
    () => (definition.data && instance.data && journal.data ? highlightPath(definition.data, instance.data, journal.data.items) : null),
    [definition.data, instance.data, journal.data],
  );

  async function act(action: () => Promise<unknown>) {
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(error);
    }
    setVersion((v) => v + 1);
  }

  const current = instance.data;
  const names = new Map((definition.data?.root.activities ?? []).map((a) => [a.id, a.name ?? a.id]));
  return (
    <section className="instance-page">
      <p className="instance-nav">
        <a href="/instances" onClick={(e) => { e.preventDefault(); navigate('/instances'); }}>← All instances</a>
        <button type="button" onClick={() => { setVersion((v) => v + 1); }}>Refresh</button>
      </p>
      <ProblemBanner error={instance.error ?? journal.error ?? definition.error ?? incidents.error} />
      <ProblemBanner error={actionError} />
      {!current ? (instance.error ? null : <p>Loading…</p>) : (
        <>
          <h2>{current.definitionId} v{current.definitionVersion} <span className={`status status-${current.status.toLowerCase()}`}>{current.status}</span></h2>
          <p className="meta">Instance {current.id} · correlation {current.correlationId ?? '—'} · created {new Date(current.createdAt).toLocaleString()}</p>
          {finished.has(current.status) ? null : confirming ? (
            <div className="confirm" role="alertdialog" aria-label="Cancel this instance?">
              <span>Cancel this instance? Its waiting tasks and timers are withdrawn; this cannot be undone.</span>
              <button type="button" className="danger" onClick={() => { setConfirming(false); void act(() => cancelInstance(api, current.id)); }}>Yes, cancel the instance</button>
              <button type="button" onClick={() => { setConfirming(false); }}>Keep it running</button>
            </div>
          ) : <button type="button" onClick={() => { setConfirming(true); }}>Cancel instance</button>}
          <h3>Current position</h3>
          {current.bookmarks.length === 0 && current.faultedActivities.length === 0 ? <p className="empty">Nothing waits.</p> : (
            <ul className="position">
              {current.bookmarks.map((b) => (
                <li key={b.id}>Waiting at <strong>{names.get(b.activityId) ?? b.activityId}</strong> ({b.type}{b.dueAt ? `, due ${new Date(b.dueAt).toLocaleString()}` : ''})</li>
              ))}
              {current.faultedActivities.map((a) => <li key={a} className="faulted">Faulted at <strong>{names.get(a) ?? a}</strong></li>)}
            </ul>
          )}
          {definition.data && highlight ? <InstanceDiagram definition={definition.data} highlight={highlight} /> : null}
          {incidents.data ? <IncidentList incidents={incidents.data} onRetry={(id) => void act(() => retryIncident(api, id))} /> : null}
          <h3>Variables</h3>
          <pre className="variables" aria-label="Variables">{JSON.stringify(current.variables, null, 2)}</pre>
          {journal.data ? <JournalTable entries={journal.data.items} total={journal.data.total} names={names} /> : null}
        </>
      )}
    </section>
  );
}
