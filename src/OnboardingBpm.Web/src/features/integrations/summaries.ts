import type { Alert, IntegrationRun, StatusReport } from './types';

export interface RunSummary {
  /** The newest crm-sync run, whatever its outcome. */
  lastSync: IntegrationRun | null;
  /** The newest crm-sync run that succeeded: how fresh the CRM mirror is. */
  lastGoodSync: IntegrationRun | null;
  failed: number;
  inconsistent: number;
}

/** Runs arrive newest first (the server's order). */
export function summariseRuns(runs: readonly IntegrationRun[]): RunSummary {
  const syncs = runs.filter((run) => run.kind === 'crm-sync');
  return {
    lastSync: syncs[0] ?? null,
    lastGoodSync: syncs.find((run) => run.status === 'Succeeded') ?? null,
    failed: runs.filter((run) => run.status === 'Failed').length,
    inconsistent: runs.filter((run) => run.status === 'Inconsistent').length,
  };
}

/** "1,200 of 15,000 (8%)", or why there is no figure. */
export function apiUsageText(usage: StatusReport['salesforceUsage']): string {
  if (usage.used === null || usage.limit === null) {
    return 'not read yet (read from the Sforce-Limit-Info header of the next call)';
  }
  const percent = usage.limit > 0 ? Math.round((usage.used / usage.limit) * 100) : 0;
  return `${usage.used.toLocaleString('en')} of ${usage.limit.toLocaleString('en')} calls (${String(percent)}%)`;
}

export type Health = 'ok' | 'warning' | 'critical';

/** The headline: critical while a critical alert is unacknowledged or an incident is open, warning on failed runs. */
export function overallHealth(openIncidents: number, alerts: readonly Alert[], runs: RunSummary): Health {
  const open = alerts.filter((alert) => alert.acknowledgedAt === null);
  if (openIncidents > 0 || open.some((alert) => alert.severity === 'Critical')) {
    return 'critical';
  }
  if (open.length > 0 || runs.lastSync?.status === 'Failed' || runs.lastSync?.status === 'Inconsistent') {
    return 'warning';
  }
  return 'ok';
}

/** New alerts first, acknowledged ones after; each group newest first. */
export function orderAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) =>
    Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) || b.createdAt.localeCompare(a.createdAt));
}
