import type { FlowDefinition, Instance, JournalEntry } from './types';

export type NodeState = 'completed' | 'active' | 'faulted' | 'idle';

export interface PathHighlight {
  nodes: ReadonlyMap<string, NodeState>;
  /** Connections the instance travelled: "source->target". */
  edges: ReadonlySet<string>;
}

export const edgeKey = (source: string, target: string) => `${source}->${target}`;

/**
 * The path taken and the current position: activities with a Completed journal entry, the ones holding a bookmark
 * (waiting task, timer, event) or faulted now; a connection is taken when its source completed on its port and its
 * target ran (or waits) afterwards.
 */
export function highlightPath(definition: FlowDefinition, instance: Pick<Instance, 'bookmarks' | 'faultedActivities'>, journal: readonly JournalEntry[]): PathHighlight {
  const nodes = new Map<string, NodeState>();
  const ports = new Map<string, Set<string>>();
  const reached = new Set<string>();
  for (const entry of journal) {
    reached.add(entry.activityId);
    if (entry.eventType === 'Completed') {
      nodes.set(entry.activityId, 'completed');
      const outcomes = ports.get(entry.activityId) ?? new Set<string>();
      for (const outcome of entry.outcomes.length > 0 ? entry.outcomes : ['Done']) {
        outcomes.add(outcome);
      }
      ports.set(entry.activityId, outcomes);
    }
  }
  for (const bookmark of instance.bookmarks) {
    nodes.set(bookmark.activityId, 'active');
    reached.add(bookmark.activityId);
  }
  for (const activityId of instance.faultedActivities) {
    nodes.set(activityId, 'faulted');
    reached.add(activityId);
  }

  const edges = new Set<string>();
  for (const connection of definition.root.connections) {
    const source = connection.source.activity;
    const target = connection.target.activity;
    const port = connection.source.port ?? 'Done';
    if (ports.get(source)?.has(port) && reached.has(target)) {
      edges.add(edgeKey(source, target));
    }
  }
  for (const activity of definition.root.activities) {
    if (!nodes.has(activity.id)) {
      nodes.set(activity.id, 'idle');
    }
  }
  return { nodes, edges };
}
