export interface KpiValue {
  kpi: string;
  name: string;
  unit: string;
  value: number | null;
  sampleSize: number;
  target: number | null;
  targetComparison: string | null;
  status: string;
  previousValue: number | null;
  trend: string;
}

export interface SegmentKpis {
  segment: string;
  kpis: KpiValue[];
}

/** GET /api/kpis/current */
export interface CurrentKpis {
  periodStart: string;
  periodEnd: string;
  period: string;
  computedAt: string;
  segments: SegmentKpis[];
}

/** The hub's KpisChanged: one segment's live figures. */
export interface KpiNotice {
  segment: string;
  periodStart: string;
  periodEnd: string;
  kpis: KpiValue[];
}

/** GET /api/kpis/history rows: what each biweekly report stated. */
export interface KpiSnapshot {
  periodStart: string;
  periodEnd: string;
  segment: string;
  kpi: string;
  name: string;
  unit: string;
  value: number | null;
  target: number | null;
  status: string;
}

export interface Escalation {
  id: string;
  subjectKind: string;
  subjectId: string;
  customerId: string;
  segment: string;
  escalatedAt: string;
  notifiedSupervisor: string | null;
  acknowledgedAt: string | null;
}

export interface AlertNotice {
  id: string;
  kind: string;
  title: string;
}
