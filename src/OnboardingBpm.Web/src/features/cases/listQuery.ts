/** What a list screen filters on; empty strings mean "any". */
export interface ListFilter {
  segment: string;
  status: string;
  page: number;
}

export const pageSize = 25;

/** The query string of a paged, filtered list: only set filters are sent, so the server applies the caller's scope. */
export function listQuery(filter: ListFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (filter.segment) {
    params.set('segment', filter.segment);
  }
  if (filter.status) {
    params.set('status', filter.status);
  }
  for (const [key, value] of Object.entries(extra)) {
    params.set(key, value);
  }
  params.set('skip', String(filter.page * pageSize));
  params.set('take', String(pageSize));
  return params.toString();
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The segments a user may filter on: their own; "all" for those who see every segment comes from the server's list. */
export function segmentChoices(segments: readonly string[], seesAll: boolean): string[] {
  return seesAll && segments.length === 0 ? ['enterprise', 'mid-market', 'smb'] : [...segments].sort();
}
