import { describe, expect, it } from 'vitest';
import { byDueTime, isOverdue, splitInbox } from './inboxOrder';
import type { HumanTask } from './types';

const task = (id: string, dueAt: string | null, overrides: Partial<HumanTask> = {}): HumanTask => ({
  id, instanceId: 'i', definitionId: 'd', title: id, status: 'Open', fields: [], outcomes: [], dueAt, createdAt: '2026-03-01T00:00:00Z', ...overrides,
});

describe('inbox order', () => {
  it('sorts by due time with undated tasks last, oldest first', () => {
    const tasks = [
      task('undated-new', null, { createdAt: '2026-03-02T00:00:00Z' }),
      task('late', '2026-03-05T00:00:00Z'),
      task('undated-old', null),
      task('soon', '2026-03-03T00:00:00Z'),
    ];

    expect(byDueTime(tasks).map((t) => t.id)).toEqual(['soon', 'late', 'undated-old', 'undated-new']);
  });

  it('a task is overdue once its due time has passed, never without one', () => {
    const now = Date.parse('2026-03-03T12:00:00Z');

    expect(isOverdue({ dueAt: '2026-03-03T11:59:59Z' }, now)).toBe(true);
    expect(isOverdue({ dueAt: '2026-03-03T12:00:01Z' }, now)).toBe(false);
    expect(isOverdue({ dueAt: null }, now)).toBe(false);
  });

  it('the unclaimed list leaves out tasks someone claimed, and mine even when read before I claimed it', () => {
    const mine = [task('mine', null, { status: 'Claimed', assignee: 'ada' }), task('just-claimed', null, { status: 'Claimed', assignee: 'ada' })];
    const unclaimed = [task('open', null), task('theirs', null, { status: 'Claimed', assignee: 'sam' }), task('just-claimed', null)];

    const inbox = splitInbox(mine, unclaimed);

    expect(inbox.mine.map((t) => t.id)).toEqual(['mine', 'just-claimed']);
    expect(inbox.unclaimed.map((t) => t.id)).toEqual(['open']);
  });
});
