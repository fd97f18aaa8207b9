import dagre from '@dagrejs/dagre';
import type { Position, WorkflowDefinition } from './types';

export const nodeWidth = 190;
const nodeHeight = 70;

/** Left-to-right layered layout; run only when the user asks for it, never on load. */
export function autoLayout(definition: WorkflowDefinition): Map<string, Position> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 80 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const activity of definition.root.activities) {
    graph.setNode(activity.id, { width: nodeWidth, height: nodeHeight });
  }
  for (const connection of definition.root.connections) {
    graph.setEdge(connection.source.activity, connection.target.activity);
  }
  dagre.layout(graph);
  const positions = new Map<string, Position>();
  for (const activity of definition.root.activities) {
    const node = graph.node(activity.id) as { x: number; y: number };
    positions.set(activity.id, { x: Math.round(node.x - nodeWidth / 2), y: Math.round(node.y - nodeHeight / 2) });
  }
  return positions;
}
