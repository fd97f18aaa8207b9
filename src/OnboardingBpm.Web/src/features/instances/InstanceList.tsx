import { useState } from 'react';
import type { Api } from '../../api/client';
import { navigate } from '../../app/router';
import { emptyFilters, filterError, pageCount, type InstanceFilters } from './filters';
import { listDefinitions, listInstances } from './instanceApi';
import { ProblemBanner } from './ProblemBanner';
import { workflowStatuses, type WorkflowStatus } from './types';
import { useLoad } from './useLoad';

/** Instances by definition, status, correlation id and creation date, 25 to a page, newest first. */
export function InstanceList({ api }: { api: Api }) {
  const [draft, setDraft] = useState<InstanceFilters>(emptyFilters);
  const [filters, setFilters] = useState<InstanceFilters>(emptyFilters);
  const [page, setPage] = useState(0);
  const definitions = useLoad(() => listDefinitions(api), [api]);
  const invalid = filterError(draft);
  const instances = useLoad(() => listInstances(api, filters, page), [api, filters, page]);
  const set = (change: Partial<InstanceFilters>) => { setDraft((current) => ({ ...current, ...change })); };
  const total = instances.data?.total ?? 0;

  return (
    <section className="instances">
      <h2>Workflow instances</h2>
      <form className="instance-filters" onSubmit={(event) => { event.preventDefault(); if (!invalid) { setFilters(draft); setPage(0); } }}>
        <label>Definition
          <select value={draft.definitionId} onChange={(e) => { set({ definitionId: e.target.value }); }}>
            <option value="">All</option>
            {(definitions.data ?? []).map((d) => <option key={d.definitionId} value={d.definitionId}>{d.name || d.definitionId}</option>)}
          </select>
        </label>
        <label>Status
          <select value={draft.status} onChange={(e) => { set({ status: e.target.value as WorkflowStatus | '' }); }}>
            <option value="">All</option>
            {workflowStatuses.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>Correlation
          <input type="text" value={draft.correlationId} onChange={(e) => { set({ correlationId: e.target.value }); }} />
        </label>
        <label>Created from
          <input type="date" value={draft.from} onChange={(e) => { set({ from: e.target.value }); }} />
        </label>
        <label>to
          <input type="date" value={draft.to} onChange={(e) => { set({ to: e.target.value }); }} aria-invalid={invalid ? true : undefined} />
        </label>
        <button type="submit" disabled={invalid !== null}>Filter</button>
        {invalid ? <p className="field-error" role="alert">{invalid}</p> : null}
      </form>
      <ProblemBanner error={instances.error ?? definitions.error} />
      <table className="instance-table">
        <thead><tr><th>Instance</th><th>Definition</th><th>Status</th><th>Correlation</th><th>Created</th><th>Updated</th></tr></thead>
        <tbody>
          {(instances.data?.items ?? []).map((i) => (
            <tr key={i.id}>
              <td><a href={`/instances/${i.id}`} onClick={(e) => { e.preventDefault(); navigate(`/instances/${i.id}`); }}>{i.id}</a></td>
              <td>{i.definitionId} v{i.definitionVersion}</td>
              <td><span className={`status status-${i.status.toLowerCase()}`}>{i.status}</span></td>
              <td>{i.correlationId ?? '—'}</td>
              <td>{new Date(i.createdAt).toLocaleString()}</td>
              <td>{new Date(i.updatedAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {instances.data && total === 0 ? <p className="empty">No instance matches.</p> : null}
      <nav className="pager" aria-label="Pages">
        <button type="button" disabled={page === 0} onClick={() => { setPage(page - 1); }}>Previous</button>
        <span>Page {page + 1} of {pageCount(total)} · {total} instances</span>
        <button type="button" disabled={page + 1 >= pageCount(total)} onClick={() => { setPage(page + 1); }}>Next</button>
      </nav>
    </section>
  );
}
