const hour = 3_600_000;

export interface AgeBucket {
  label: string;
  /** Submitted at or after (ISO), when bounded. */
  from?: string;
  /** Submitted before (ISO), when bounded. */
  to?: string;
}

/**
 * The age buckets of open cases on the server's clock: under 24 hours, 24 to 72 hours (the escalation deadline),
 * over 72 hours. Bounds are half-open like the API's submittedFrom/submittedTo, so each case is in exactly one.
 */
export function ageBuckets(serverNow: number): AgeBucket[] {
  const iso = (ms: number) => new Date(ms).toISOString();
  return [
    { label: '< 24 h', from: iso(serverNow - 24 * hour) },
    { label: '24–72 h', from: iso(serverNow - 72 * hour), to: iso(serverNow - 24 * hour) },
    { label: '> 72 h', to: iso(serverNow - 72 * hour) },
  ];
}

/** Which bucket a case submitted at `submittedAt` falls in, by the same bounds (for tests and tooltips). */
export function bucketOf(submittedAt: string, serverNow: number): string {
  const at = Date.parse(submittedAt);
  const bucket = ageBuckets(serverNow).find((b) =>
    (b.from === undefined || at >= Date.parse(b.from)) && (b.to === undefined || at < Date.parse(b.to)));
  return bucket?.label ?? '< 24 h';
}

/** The count query of one segment, bucket and status: one row is enough, the page's total is the count. */
export function bucketQuery(segment: string, status: string, bucket: AgeBucket): string {
  const params = new URLSearchParams({ segment, status, take: '1' });
  if (bucket.from !== undefined) {
    params.set('submittedFrom', bucket.from);
  }
  if (bucket.to !== undefined) {
    params.set('submittedTo', bucket.to);
  }
  return `/api/cases?${params.toString()}`;
}
