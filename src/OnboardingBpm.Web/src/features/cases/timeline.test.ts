import { describe, expect, it } from 'vitest';
import { mergeTimeline } from './timeline';

describe('case timeline', () => {
  it('merges the journal and the audit entries oldest first', () => {
    const rows = mergeTimeline(
      [{ at: '2026-03-02T08:00:00+00:00', kind: 'opened', actor: 'workflow', text: 'Case opened' },
        { at: '2026-03-05T08:00:00+00:00', kind: 'escalated', actor: 'workflow', text: 'Escalated' }],
      [{ at: '2026-03-03T09:30:00+00:00', actor: 'ada', action: 'Read', resourceKind: 'case', resourceId: 'c1' }],
    );
    expect(rows.map((r) => [r.source, r.text])).toEqual([
      ['journal', 'Case opened'],
      ['audit', 'Read case'],
      ['journal', 'Escalated'],
    ]);
  });
});
