import { describe, expect, it } from 'vitest';
import { withPushes } from './kpiLive';
import type { CurrentKpis, KpiValue } from './types';

const value = (v: number): KpiValue => ({
  kpi: 'Csat', name: 'CSAT', unit: '%', value: v, sampleSize: 1, target: null, targetComparison: null, status: 'NoTarget', previousValue: null, trend: 'NoComparison',
});
const current: CurrentKpis = {
  periodStart: '2026-03-02', periodEnd: '2026-03-15', period: '2026-03-02 to 2026-03-15', computedAt: '2026-03-02T08:00:00Z',
  segments: [{ segment: 'all', kpis: [value(50)] }, { segment: 'smb', kpis: [value(60)] }],
};

describe('live KPI pushes', () => {
  it('replace the figures of their segment in the same period only', () => {
    const merged = withPushes(current, {
      smb: { segment: 'smb', periodStart: '2026-03-02', periodEnd: '2026-03-15', kpis: [value(75)] },
      all: { segment: 'all', periodStart: '2026-02-16', periodEnd: '2026-03-01', kpis: [value(10)] },
    });
    expect(merged?.segments.map((s) => [s.segment, s.kpis[0]?.value])).toEqual([['all', 50], ['smb', 75]]);
  });
});
