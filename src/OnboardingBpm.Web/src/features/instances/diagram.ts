import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { edgeKey, type PathHighlight } from './path';
import type { FlowDefinition } from './types';

export interface ActivityNodeData extends Record<string, unknown> {
  label: string;
  type: string;
  state: string;
}

const columnWidth = 220;

/** Definition JSON to read-only React Flow nodes and edges; activities without a position go on a grid. */
export function toFlow(definition: FlowDefinition, highlight: PathHighlight): { nodes: Node<ActivityNodeData>[]; edges: Edge[] } {
  const nodes = definition.root.activities.map((activity, index): Node<ActivityNodeData> => {
    const state = highlight.nodes.get(activity.id) ?? 'idle';
    return {
      id: activity.id,
      position: activity.position ?? { x: (index % 6) * columnWidth, y: Math.floor(index / 6) * 120 },
      data: { label: activity.name ?? activity.id, type: activity.type, state },
      className: `activity-node node-${state}`,
      draggable: false,
      connectable: false,
    };
  });
  const edges = definition.root.connections.map((connection, index): Edge => {
    const source = connection.source.activity;
    const target = connection.target.activity;
    const taken = highlight.edges.has(edgeKey(source, target));
    const port = connection.source.port ?? 'Done';
    return {
      id: `${String(index)}:${source}:${port}->${target}`,
      source,
      target,
      ...(port === 'Done' ? {} : { label: port }),
      className: taken ? 'edge-taken' : 'edge-idle',
      animated: false,
      markerEnd: { type: MarkerType.ArrowClosed },
      ...(taken ? { style: { stroke: '#1a7f37', strokeWidth: 3 } } : {}),
    };
  });
  return { nodes, edges };
}
