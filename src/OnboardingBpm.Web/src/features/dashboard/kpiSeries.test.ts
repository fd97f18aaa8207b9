import { describe, expect, it } from 'vitest';
import { kpiSeries } from './kpiSeries';
import type { KpiSnapshot } from './types';

const row = (periodStart: string, segment: string, kpi: string, value: number | null): KpiSnapshot => ({
  periodStart, periodEnd: periodStart, segment, kpi, name: kpi === 'Csat' ? 'CSAT' : 'SLA attainment', unit: '%', value, target: 90, status: 'OnTarget',
});

describe('KPI trend series', () => {
  it('gives one series per KPI of the segment, oldest period first, gaps kept as null', () => {
    const series = kpiSeries([
      row('2026-03-02', 'all', 'Csat', 88),
      row('2026-03-02', 'smb', 'Csat', 70),
      row('2026-02-16', 'all', 'Csat', null),
      row('2026-02-02', 'all', 'Csat', 80),
      row('2026-03-02', 'all', 'SlaAttainment', 99),
    ], 'all');

    expect(series.map((s) => s.name)).toEqual(['CSAT', 'SLA attainment']);
    expect(series[0]?.points).toEqual([
      { period: '2026-02-02', value: 80, target: 90 },
      { period: '2026-02-16', value: null, target: 90 },
      { period: '2026-03-02', value: 88, target: 90 },
    ]);
    expect(series[1]?.points).toHaveLength(1);
  });

  it('is empty for a segment without history', () => {
    expect(kpiSeries([row('2026-03-02', 'all', 'Csat', 88)], 'smb')).toEqual([]);
  });
});
