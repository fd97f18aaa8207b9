import type { KpiSnapshot } from './types';

export interface TrendPoint {
  period: string;
  value: number | null;
  target: number | null;
}

export interface KpiSeries {
  kpi: string;
  name: string;
  unit: string;
  points: TrendPoint[];
}

/**
 * One series per KPI for one segment, oldest period first (the history comes newest first), one point per period;
 * a period without data keeps its point with a null value so the chart shows a gap rather than a false zero.
 */
export function kpiSeries(history: readonly KpiSnapshot[], segment: string): KpiSeries[] {
  const byKpi = new Map<string, KpiSeries>();
  for (const row of history) {
    if (row.segment !== segment) {
      continue;
    }
    let series = byKpi.get(row.kpi);
    if (!series) {
      series = { kpi: row.kpi, name: row.name, unit: row.unit, points: [] };
      byKpi.set(row.kpi, series);
    }
    if (!series.points.some((p) => p.period === row.periodStart)) {
      series.points.push({ period: row.periodStart, value: row.value, target: row.target });
    }
  }
  const all = [...byKpi.values()];
  for (const series of all) {
    series.points.sort((a, b) => a.period.localeCompare(b.period));
  }
  return all.sort((a, b) => a.name.localeCompare(b.name));
}
