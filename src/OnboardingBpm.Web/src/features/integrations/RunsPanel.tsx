import { useState } from 'react';
import type { Api } from '../../api/client';
import { ProblemBanner } from '../instances/ProblemBanner';
import { useLoad } from '../instances/useLoad';
import { listRuns, pageSize } from './integrationApi';
import { summariseRuns } from './summaries';

const when = (at: string | null | undefined) => (at ? new Date(at).toLocaleString() : 'never');

/** The CRM sync's freshness and the recent runs, failures with their error. */
export function RunsPanel({ api, refreshKey }: { api: Api; refreshKey: number }) {
  const [page, setPage] = useState(0);
  const runs = useLoad(() => listRuns(api, page), [api, page, refreshKey]);
  const summary = summariseRuns(runs.data ?? []);
  return (
    <section className="runs">
      <h3>Synchronisation runs</h3>
      <ProblemBanner error={runs.error} />
      <p>
        Last CRM sync: <strong>{when(summary.lastSync?.startedAt)}</strong>{summary.lastSync ? ` (${summary.lastSync.status})` : ''}
        {' · '}last successful: {when(summary.lastGoodSync?.startedAt)}
        {' · '}on this page: {summary.failed} failed, {summary.inconsistent} inconsistent
      </p>
      <table className="instance-table" aria-label="Runs">
        <thead><tr><th>Kind</th><th>Started</th><th>Status</th><th>Findings</th><th>Error</th></tr></thead>
        <tbody>
          {(runs.data ?? []).map((run) => (
            <tr key={run.id} className={`run-${run.status.toLowerCase()}`}>
              <td>{run.kind}</td>
              <td>{when(run.startedAt)}</td>
              <td><span className={`status status-${run.status === 'Succeeded' ? 'finished' : 'faulted'}`}>{run.status}</span></td>
              <td><code>{run.summary ? JSON.stringify(run.summary) : ''}</code></td>
              <td>{run.error ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {runs.data?.length === 0 ? <p className="empty">No run yet.</p> : null}
      <nav className="pager" aria-label="Run pages">
        <button type="button" disabled={page === 0} onClick={() => { setPage(page - 1); }}>Newer</button>
        <span>Page {page + 1}</span>
        <button type="button" disabled={(runs.data?.length ?? 0) < pageSize} onClick={() => { setPage(page + 1); }}>Older</button>
      </nav>
    </section>
  );
}
