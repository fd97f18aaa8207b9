import { describe, expect, it } from 'vitest';
import { apiUsageText, orderAlerts, overallHealth, summariseRuns } from './summaries';
import type { Alert, IntegrationRun } from './types';

const run = (id: string, kind: string, status: IntegrationRun['status']): IntegrationRun =>
  ({ id, kind, status, startedAt: `2026-03-02T0${id}:00:00Z`, completedAt: null, instanceId: null, summary: null, error: null });

const alert = (id: string, severity: Alert['severity'], createdAt: string, acknowledgedAt: string | null = null): Alert =>
  ({ id, kind: 'incident', severity, audience: 'platform-engineering', title: id, detail: null, instanceId: null, incidentId: null, createdAt, acknowledgedAt, acknowledgedBy: null });

describe('integration status summaries', () => {
  it('finds the last sync and the last good one among runs newest first, and counts failures', () => {
    const summary = summariseRuns([run('9', 'crm-sync', 'Failed'), run('8', 'data-consistency', 'Inconsistent'), run('7', 'crm-sync', 'Succeeded'), run('6', 'crm-sync', 'Failed')]);
    expect(summary.lastSync?.id).toBe('9');
    expect(summary.lastGoodSync?.id).toBe('7');
    expect(summary.failed).toBe(2);
    expect(summary.inconsistent).toBe(1);
    expect(summariseRuns([]).lastSync).toBeNull();
  });

  it('writes API usage with its share of the limit, or says it is not known yet', () => {
    expect(apiUsageText({ used: 1200, limit: 15000, readAt: null })).toBe('1,200 of 15,000 calls (8%)');
    expect(apiUsageText({ used: null, limit: null, readAt: null })).toMatch(/^not read yet/);
  });

  it('is critical with an open incident or an unacknowledged critical alert, warning on a failed last sync', () => {
    const quiet = summariseRuns([run('1', 'crm-sync', 'Succeeded')]);
    expect(overallHealth(0, [], quiet)).toBe('ok');
    expect(overallHealth(1, [], quiet)).toBe('critical');
    expect(overallHealth(0, [alert('a', 'Critical', '2026-03-02T08:00:00Z')], quiet)).toBe('critical');
    expect(overallHealth(0, [alert('a', 'Critical', '2026-03-02T08:00:00Z', '2026-03-02T09:00:00Z')], quiet)).toBe('ok');
    expect(overallHealth(0, [], summariseRuns([run('2', 'crm-sync', 'Failed'), run('1', 'crm-sync', 'Succeeded')]))).toBe('warning');
  });

  it('orders open alerts before acknowledged ones, newest first within each', () => {
    const ordered = orderAlerts([
      alert('old-open', 'Warning', '2026-03-01T08:00:00Z'),
      alert('acked', 'Critical', '2026-03-03T08:00:00Z', '2026-03-03T09:00:00Z'),
      alert('new-open', 'Info', '2026-03-02T08:00:00Z'),
    ]);
    expect(ordered.map((a) => a.id)).toEqual(['new-open', 'old-open', 'acked']);
  });
});
