import type { Api } from '../../api/client';
import { navigate } from '../../app/router';
import { when } from '../cases/format';
import { useList } from '../cases/useList';
import type { Escalation } from './types';

/** Open escalations, newest first; the dashboard bumps refreshKey when the hub announces a new one. */
export function EscalationList({ api, refreshKey, fresh }: { api: Api; refreshKey: number; fresh: number }) {
  const { page, error } = useList<Escalation>(api, '/api/escalations?openOnly=true&take=50', refreshKey);
  return (
    <section className="panel">
      <h2>Escalations{fresh > 0 ? <span className="badge" aria-label="New escalations since the last refresh">new</span> : null}</h2>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {page?.items.length === 0 ? <p className="empty">No open escalations.</p> : null}
      <ul aria-label="Escalations" className="escalations">
        {page?.items.map((e) => (
          <li key={e.id}>
            <span className="segment">{e.segment}</span>{' '}
            {e.subjectKind === 'Case'
              ? <a href={`/cases/${encodeURIComponent(e.subjectId)}`} onClick={(ev) => { ev.preventDefault(); navigate(`/cases/${encodeURIComponent(e.subjectId)}`); }}>Case {e.subjectId}</a>
              : <span>{e.subjectKind} {e.subjectId}</span>}
            {' '}<span className="meta">escalated {when(e.escalatedAt)}</span>
          </li>
        ))}
      </ul>
      {page && page.total > page.items.length ? <p className="hint">Showing the newest {page.items.length} of {page.total}.</p> : null}
    </section>
  );
}
