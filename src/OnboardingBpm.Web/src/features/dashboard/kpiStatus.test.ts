import { describe, expect, it } from 'vitest';
import { formatTarget, formatValue, kpiLook } from './kpiStatus';
import type { KpiValue } from './types';

const kpi = (over: Partial<KpiValue>): KpiValue => ({
  kpi: 'Csat', name: 'CSAT', unit: '%', value: 80, sampleSize: 5, target: 84, targetComparison: '>=', status: 'OffTarget', previousValue: null, trend: 'NoComparison', ...over,
});

describe('KPI status', () => {
  it('is green on target, red off target, neutral without data or target', () => {
    expect(kpiLook('OnTarget')).toEqual({ tone: 'good', label: 'On target' });
    expect(kpiLook('OffTarget')).toEqual({ tone: 'bad', label: 'Off target' });
    expect(kpiLook('NoTarget')).toEqual({ tone: 'neutral', label: 'No target yet' });
    expect(kpiLook('NoData')).toEqual({ tone: 'neutral', label: 'No data' });
  });

  it('shows no data as a dash, never as zero', () => {
    expect(formatValue(null, '%')).toBe('—');
    expect(formatValue(0, '%')).toBe('0 %');
    expect(formatValue(3.14159, 'days')).toBe('3.1 days');
  });

  it('words the target by its comparison', () => {
    expect(formatTarget(kpi({}))).toBe('at least 84 %');
    expect(formatTarget(kpi({ unit: 'days', target: 6, targetComparison: '<=' }))).toBe('at most 6 days');
    expect(formatTarget(kpi({ target: null }))).toBe('no target');
  });
});
