import { useState } from 'react';
import type { Api } from '../../api/client';
import { navigate } from '../../app/router';
import { when } from './format';
import { ListControls } from './ListControls';
import { listQuery, type ListFilter } from './listQuery';
import { caseStatuses, type CaseSummary } from './types';
import { useList } from './useList';

export function CaseList({ api, segments }: { api: Api; segments: readonly string[] }) {
  const [filter, setFilter] = useState<ListFilter>({ segment: '', status: '', page: 0 });
  const { page, error } = useList<CaseSummary>(api, `/api/cases?${listQuery(filter)}`);
  return (
    <section className="case-list">
      <h2>Cases</h2>
      <ListControls label="Cases" filter={filter} segments={segments} statuses={caseStatuses} total={page?.total ?? null} onChange={setFilter} />
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <table aria-label="Cases">
        <thead><tr><th>Case</th><th>Segment</th><th>Phase</th><th>Status</th><th>Health</th><th>Submitted</th></tr></thead>
        <tbody>
          {page?.items.map((c) => (
            <tr key={c.id}>
              <td><a href={`/cases/${encodeURIComponent(c.id)}`} onClick={(e) => { e.preventDefault(); navigate(`/cases/${encodeURIComponent(c.id)}`); }}>{c.id}</a></td>
              <td>{c.segment}</td><td>{c.phase}</td><td>{c.status}{c.isEscalated && c.status !== 'Escalated' ? ' (escalated)' : ''}</td><td>{c.healthScore}</td><td>{when(c.submittedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page?.items.length === 0 ? <p className="empty">No cases match.</p> : null}
    </section>
  );
}
