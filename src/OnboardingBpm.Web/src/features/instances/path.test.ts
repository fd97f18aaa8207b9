import { describe, expect, it } from 'vitest';
import { toFlow } from './diagram';
import { highlightPath } from './path';
import type { FlowDefinition, JournalEntry } from './types';

const definition: FlowDefinition = {
  definitionId: 'review',
  root: {
    activities: [
      { id: 'start', type: 'Start' },
      { id: 'check', type: 'Decision' },
      { id: 'approve', type: 'UserTask', name: 'Approve' },
      { id: 'reject', type: 'Log' },
      { id: 'done', type: 'Finish' },
    ],
    connections: [
      { source: { activity: 'start' }, target: { activity: 'check' } },
      { source: { activity: 'check', port: 'True' }, target: { activity: 'approve' } },
      { source: { activity: 'check', port: 'False' }, target: { activity: 'reject' } },
      { source: { activity: 'approve', port: 'Approved' }, target: { activity: 'done' } },
      { source: { activity: 'reject' }, target: { activity: 'done' } },
    ],
  },
};

let sequence = 0;
function entry(activityId: string, eventType: JournalEntry['eventType'], outcomes: string[] = []): JournalEntry {
  sequence += 1;
  return {
    sequence, executionId: `e${String(sequence)}`, activityId, activityType: 'x', eventType, startedAt: '2026-03-02T08:00:00Z',
    completedAt: '2026-03-02T08:00:00Z', durationMs: 1, outcomes, attempt: 1, message: null, error: null,
  };
}

const waitingAtApprove = { bookmarks: [{ id: 'b1', type: 'UserTask', activityId: 'approve', correlationKey: null, dueAt: null }], faultedActivities: [] };

describe('path highlighting from the journal', () => {
  it('marks completed activities, the waiting task and only the connections taken on their port', () => {
    const journal = [entry('start', 'Completed', ['Done']), entry('check', 'Completed', ['True']), entry('approve', 'Suspended')];

    const { nodes, edges } = highlightPath(definition, waitingAtApprove, journal);

    expect(Object.fromEntries(nodes)).toEqual({ start: 'completed', check: 'completed', approve: 'active', reject: 'idle', done: 'idle' });
    expect([...edges].sort()).toEqual(['check->approve', 'start->check']);
  });

  it('treats a completion without outcomes as the Done port', () => {
    const { edges } = highlightPath(definition, waitingAtApprove, [entry('start', 'Completed'), entry('check', 'Completed', ['True'])]);
    expect(edges.has('start->check')).toBe(true);
  });

  it('does not mark a connection whose target never ran', () => {
    const { edges } = highlightPath(definition, { bookmarks: [], faultedActivities: [] }, [entry('start', 'Completed', ['Done'])]);
    expect(edges.size).toBe(0);
  });

  it('shows a faulted activity as faulted even after earlier attempts were journaled', () => {
    const journal = [entry('start', 'Completed'), entry('check', 'Completed', ['False']), entry('reject', 'RetryScheduled'), entry('reject', 'Faulted')];
    const { nodes, edges } = highlightPath(definition, { bookmarks: [], faultedActivities: ['reject'] }, journal);
    expect(nodes.get('reject')).toBe('faulted');
    expect(edges.has('check->reject')).toBe(true);
  });

  it('keeps an activity completed in an earlier loop round but waiting again as the current position', () => {
    const journal = [entry('start', 'Completed'), entry('check', 'Completed', ['True']), entry('approve', 'Completed', ['Approved'])];
    const { nodes } = highlightPath(definition, waitingAtApprove, journal);
    expect(nodes.get('approve')).toBe('active');
  });
});

describe('the read-only diagram', () => {
  it('draws every activity with its state and labels non-default ports', () => {
    const highlight = highlightPath(definition, waitingAtApprove, [entry('start', 'Completed'), entry('check', 'Completed', ['True'])]);
    const { nodes, edges } = toFlow(definition, highlight);
    expect(nodes.find((n) => n.id === 'approve')?.className).toBe('activity-node node-active');
    expect(nodes.every((n) => n.draggable === false)).toBe(true);
    expect(edges.find((e) => e.source === 'check' && e.target === 'approve')).toMatchObject({ label: 'True', className: 'edge-taken' });
    expect(edges.find((e) => e.source === 'check' && e.target === 'reject')?.className).toBe('edge-idle');
  });

  it('places activities without a position on a grid instead of on top of each other', () => {
    const { nodes } = toFlow(definition, highlightPath(definition, { bookmarks: [], faultedActivities: [] }, []));
    expect(new Set(nodes.map((n) => `${String(n.position.x)},${String(n.position.y)}`)).size).toBe(nodes.length);
  });
});
