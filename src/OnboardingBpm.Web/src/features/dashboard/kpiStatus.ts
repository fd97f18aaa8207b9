import type { KpiValue } from './types';

export interface KpiLook {
  tone: 'good' | 'bad' | 'neutral';
  label: string;
}

/** The colour and words of a KPI's status: no data and no target are neutral, never shown as a failure. */
export function kpiLook(status: string): KpiLook {
  switch (status) {
    case 'OnTarget':
      return { tone: 'good', label: 'On target' };
    case 'OffTarget':
      return { tone: 'bad', label: 'Off target' };
    case 'NoTarget':
      return { tone: 'neutral', label: 'No target yet' };
    default:
      return { tone: 'neutral', label: 'No data' };
  }
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) {
    return '—';
  }
  const rounded = Math.round(value * 10) / 10;
  return unit === '%' ? `${String(rounded)} %` : `${String(rounded)} ${unit}`;
}

export function formatTarget(kpi: KpiValue): string {
  if (kpi.target === null) {
    return 'no target';
  }
  return `${kpi.targetComparison === '<=' ? 'at most' : 'at least'} ${formatValue(kpi.target, kpi.unit)}`;
}

export function trendArrow(trend: string): string {
  return trend === 'Improved' ? '▲ improved' : trend === 'Worsened' ? '▼ worsened' : trend === 'Unchanged' ? '＝ unchanged' : '';
}
