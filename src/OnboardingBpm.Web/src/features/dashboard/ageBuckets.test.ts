import { describe, expect, it } from 'vitest';
import { ageBuckets, bucketOf, bucketQuery } from './ageBuckets';

const now = Date.parse('2026-03-05T08:00:00Z');

describe('age buckets', () => {
  it('puts a case in exactly one bucket, with the boundaries in the older bucket', () => {
    expect(bucketOf('2026-03-05T07:00:00Z', now)).toBe('< 24 h');
    expect(bucketOf('2026-03-04T08:00:00Z', now)).toBe('< 24 h');
    expect(bucketOf('2026-03-04T07:59:59Z', now)).toBe('24–72 h');
    expect(bucketOf('2026-03-02T08:00:00Z', now)).toBe('24–72 h');
    expect(bucketOf('2026-03-02T07:59:59Z', now)).toBe('> 72 h');
  });

  it('counts through the list endpoint with half-open bounds and one row', () => {
    const middle = ageBuckets(now)[1] ?? { label: 'missing' };
    expect(bucketQuery('smb', 'Open', middle)).toBe(
      '/api/cases?segment=smb&status=Open&take=1&submittedFrom=2026-03-02T08%3A00%3A00.000Z&submittedTo=2026-03-04T08%3A00%3A00.000Z');
  });
});
