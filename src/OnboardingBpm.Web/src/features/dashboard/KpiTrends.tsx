import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { KpiSeries } from './kpiSeries';

/** One small line chart per KPI, a point per biweekly period, the current target as a dashed line. */
export function KpiTrends({ series }: { series: readonly KpiSeries[] }) {
  if (series.length === 0) {
    return <p className="empty">No biweekly report has been stored yet.</p>;
  }
  return (
    <div className="kpi-trends">
      {series.map((s) => {
        const target = s.points.at(-1)?.target ?? null;
        return (
          <figure key={s.kpi} aria-label={`Trend of ${s.name}`}>
            <figcaption>{s.name} ({s.unit})</figcaption>
            <LineChart width={320} height={160} data={s.points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" fontSize={10} />
              <YAxis fontSize={10} width={36} />
              <Tooltip />
              {target === null ? null : <ReferenceLine y={target} stroke="#b3261e" strokeDasharray="4 4" />}
              <Line type="monotone" dataKey="value" stroke="#2453d4" connectNulls={false} isAnimationActive={false} />
            </LineChart>
          </figure>
        );
      })}
    </div>
  );
}
