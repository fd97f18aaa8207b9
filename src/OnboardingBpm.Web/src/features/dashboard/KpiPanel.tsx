import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Api } from '../../api/client';
import type { Page } from '../cases/types';
import { downloadKpiCsv } from './csvExport';
import { KpiCards } from './KpiCards';
import { withPushes } from './kpiLive';
import { kpiSeries } from './kpiSeries';
import type { CurrentKpis, KpiNotice, KpiSnapshot } from './types';

interface Props {
  api: Api;
  token: () => Promise<string | null>;
  /** The latest KpisChanged push of each segment, laid over the loaded figures. */
  pushed: Readonly<Record<string, KpiNotice>>;
}

// The chart library is most of the bundle: only the dashboard loads it.
const KpiTrends = lazy(() => import('./KpiTrends').then((m) => ({ default: m.KpiTrends })));

/** The current period's KPI cards against targets, trends per biweekly period and the CSV export, per segment. */
export function KpiPanel({ api, token, pushed }: Props) {
  const [loadedKpis, setCurrent] = useState<CurrentKpis | null>(null);
  const current = useMemo(() => withPushes(loadedKpis, pushed), [loadedKpis, pushed]);
  const [history, setHistory] = useState<KpiSnapshot[]>([]);
  const [segment, setSegment] = useState('all');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.get<CurrentKpis>('/api/kpis/current'), api.get<Page<KpiSnapshot>>('/api/kpis/history?take=500')]).then(
      ([loaded, past]) => {
        if (!live) {
          return;
        }
        setCurrent(loaded);
        setHistory(past.items);
        setSegment((chosen) => loaded.segments.some((s) => s.segment === chosen) ? chosen : loaded.segments[0]?.segment ?? chosen);
      },
      (e: unknown) => { if (live) { setError(e instanceof Error ? e.message : String(e)); } },
    );
    return () => { live = false; };
  }, [api]);

  const series = useMemo(() => kpiSeries(history, segment), [history, segment]);
  const shown = current?.segments.find((s) => s.segment === segment);
  const exportCsv = useCallback(() => {
    downloadKpiCsv(token, segment).then(() => { setError(null); }, (e: unknown) => { setError(e instanceof Error ? e.message : String(e)); });
  }, [token, segment]);

  return (
    <section className="panel kpis">
      <h2>KPIs{current ? <span className="meta"> · current period {current.period}</span> : null}</h2>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {current ? (
        <div className="list-controls">
          <label>
            Segment
            <select aria-label="KPI segment" value={segment} onChange={(e) => { setSegment(e.target.value); }}>
              {current.segments.map((s) => <option key={s.segment} value={s.segment}>{s.segment}</option>)}
            </select>
          </label>
          <button type="button" onClick={exportCsv}>Export CSV</button>
        </div>
      ) : <p>Loading…</p>}
      {shown ? <KpiCards segment={shown} /> : null}
      <h3>Trend per biweekly period</h3>
      <Suspense fallback={<p>Loading charts…</p>}><KpiTrends series={series} /></Suspense>
    </section>
  );
}
