export interface Page<T> {
  items: T[];
  total: number;
}

export const caseStatuses = ['Open', 'Escalated', 'Resolved', 'Closed'] as const;
export const ticketStatuses = ['New', 'Triage', 'Assigned', 'Resolved', 'Closed', 'Reopened'] as const;

/** A case as lists show it (no contact data). */
export interface CaseSummary {
  id: string;
  customerId: string;
  segment: string;
  phase: string;
  status: string;
  healthScore: number;
  submittedAt: string;
  createdInCrmAt: string | null;
  firstContactAt: string | null;
  resolvedAt: string | null;
  activeAt: string | null;
  isEscalated: boolean;
  salesforceCaseId: string | null;
}

export interface CaseEvent {
  at: string;
  kind: string;
  actor: string;
  text: string;
}

/** GET /api/cases/{id}: the case (with its contact) and its timeline. */
export interface CaseDetail {
  case: CaseSummary & { contact?: unknown };
  timeline: CaseEvent[];
}

export interface Ticket {
  id: string;
  customerId: string;
  segment: string;
  subject: string | null;
  priority: string;
  status: string;
  createdAt: string;
  slaDueAt: string | null;
  resolvedAt: string | null;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  resourceKind: string;
  resourceId: string;
  detail?: string | null;
}

export interface SurveyAnswer {
  rating: number;
  comment: string | null;
  answeredAt: string;
}
