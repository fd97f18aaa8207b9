import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import { loadAppConfig } from '../../config';
import type { Page } from '../cases/types';
import { ageBuckets, bucketQuery } from './ageBuckets';

const openStatuses = ['Open', 'Escalated'];

interface Counts {
  labels: string[];
  rows: { segment: string; counts: number[] }[];
}

/** Counts through the list endpoint (one row per query, its total is the count), on the server's current clock. */
async function loadCounts(api: Api, segments: readonly string[]): Promise<Counts> {
  const serverNow = Date.parse((await loadAppConfig()).serverTime);
  const buckets = ageBuckets(serverNow);
  const rows = await Promise.all(segments.map(async (segment) => ({
    segment,
    counts: await Promise.all(buckets.map(async (bucket) => {
      const totals = await Promise.all(openStatuses.map((status) => api.get<Page<unknown>>(bucketQuery(segment, status, bucket))));
      return totals.reduce((sum, page) => sum + page.total, 0);
    })),
  })));
  return { labels: buckets.map((b) => b.label), rows };
}

export function OpenCasesByAge({ api, segments, refreshKey }: { api: Api; segments: readonly string[]; refreshKey: number }) {
  const [counts, setCounts] = useState<Counts | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loadCounts(api, segments).then(
      (loaded) => { if (current) { setCounts(loaded); setError(null); } },
      (e: unknown) => { if (current) { setError(e instanceof Error ? e.message : String(e)); } },
    );
    return () => { current = false; };
  }, [api, segments, refreshKey]);

  return (
    <section className="panel">
      <h2>Open cases by age</h2>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {counts ? (
        <table aria-label="Open cases by segment and age">
          <thead><tr><th>Segment</th>{counts.labels.map((l) => <th key={l}>{l}</th>)}</tr></thead>
          <tbody>
            {counts.rows.map((row) => (
              <tr key={row.segment}>
                <th scope="row">{row.segment}</th>
                {row.counts.map((n, i) => <td key={i} className={i === 2 && n > 0 ? 'overdue' : ''}>{n}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>Loading…</p>}
    </section>
  );
}
