import type { WorkflowStatus } from './types';

export interface InstanceFilters {
  definitionId: string;
  status: WorkflowStatus | '';
  correlationId: string;
  /** yyyy-mm-dd from date inputs; the whole "to" day is included. */
  from: string;
  to: string;
}

export const emptyFilters: InstanceFilters = { definitionId: '', status: '', correlationId: '', from: '', to: '' };

export const pageSize = 25;

/** The list's query string: empty filters are left out, dates become UTC day bounds, paging by page number. */
export function instanceQuery(filters: InstanceFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.definitionId) {
    query.set('definitionId', filters.definitionId);
  }
  if (filters.status) {
    query.set('status', filters.status);
  }
  const correlation = filters.correlationId.trim();
  if (correlation) {
    query.set('correlationId', correlation);
  }
  if (filters.from) {
    query.set('from', `${filters.from}T00:00:00Z`);
  }
  if (filters.to) {
    query.set('to', `${filters.to}T23:59:59.999Z`);
  }
  query.set('skip', String(page * pageSize));
  query.set('take', String(pageSize));
  return query.toString();
}

/** A "from" after "to" would silently list nothing; say so instead. */
export function filterError(filters: InstanceFilters): string | null {
  return filters.from && filters.to && filters.from > filters.to ? 'The start date is after the end date.' : null;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
