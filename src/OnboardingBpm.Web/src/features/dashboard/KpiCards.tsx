import { formatTarget, formatValue, kpiLook, trendArrow } from './kpiStatus';
import type { SegmentKpis } from './types';

/** One card per KPI of one segment: the live value against its target, coloured by status, with the trend. */
export function KpiCards({ segment }: { segment: SegmentKpis }) {
  return (
    <ul className="kpi-cards" aria-label={`KPIs of ${segment.segment}`}>
      {segment.kpis.map((kpi) => {
        const look = kpiLook(kpi.status);
        return (
          <li key={kpi.kpi} className={`kpi-card ${look.tone}`} aria-label={kpi.name}>
            <span className="kpi-name">{kpi.name}</span>
            <strong className="kpi-value">{formatValue(kpi.value, kpi.unit)}</strong>
            <span className="kpi-status">{look.label}</span>
            <span className="meta">target {formatTarget(kpi)} · n = {kpi.sampleSize}</span>
            <span className="meta">previous {formatValue(kpi.previousValue, kpi.unit)} {trendArrow(kpi.trend)}</span>
          </li>
        );
      })}
    </ul>
  );
}
