import type { CurrentKpis, KpiNotice } from './types';

/** The loaded figures with the latest push of each segment laid over them; a push for another period is ignored. */
export function withPushes(current: CurrentKpis | null, pushes: Readonly<Record<string, KpiNotice>>): CurrentKpis | null {
  if (!current) {
    return null;
  }
  return {
    ...current,
    segments: current.segments.map((s) => {
      const push = pushes[s.segment];
      return push && push.periodStart === current.periodStart ? { segment: s.segment, kpis: push.kpis } : s;
    }),
  };
}
