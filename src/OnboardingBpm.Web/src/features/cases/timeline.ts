import type { AuditEntry, CaseEvent } from './types';

export interface TimelineRow {
  at: string;
  source: 'journal' | 'audit';
  actor: string;
  text: string;
}

/** The case's own timeline and, for those who may read it, the audit log of the case, merged oldest first. */
export function mergeTimeline(events: readonly CaseEvent[], audit: readonly AuditEntry[]): TimelineRow[] {
  const rows: TimelineRow[] = [
    ...events.map((e) => ({ at: e.at, source: 'journal' as const, actor: e.actor, text: e.text })),
    ...audit.map((a) => ({ at: a.at, source: 'audit' as const, actor: a.actor, text: `${a.action} ${a.resourceKind}${a.detail ? `: ${a.detail}` : ''}` })),
  ];
  return rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
