import type { Edge, Node } from '@xyflow/react';
import { portsOf } from './ports';
import type { Activity, ActivityDescriptor, Connection, WorkflowDefinition } from './types';

/**
 * The translation between the definition file and the diagram, as pure functions so that the designer and the
 * instance viewer draw the same thing and a load followed by a save gives the file back unchanged.
 */
export interface ActivityNodeData {
  activity: Activity;
  descriptor: ActivityDescriptor | undefined;
  ports: string[];
  problems: readonly string[];
  [key: string]: unknown;
}

export type ActivityNode = Node<ActivityNodeData, 'activity'>;

export interface ConnectionEdgeData {
  connection: Connection;
  [key: string]: unknown;
}

export type ConnectionEdge = Edge<ConnectionEdgeData>;

export const defaultPort = 'Done';
const noProblems: readonly string[] = [];

/** Where an activity without a position is drawn: a grid, so nothing overlaps before an auto-layout. */
export function fallbackPosition(index: number): { x: number; y: number } {
  return { x: (index % 6) * 240, y: Math.floor(index / 6) * 140 };
}

export function toNode(activity: Activity, index: number, descriptor: ActivityDescriptor | undefined, problems: readonly string[] = noProblems): ActivityNode {
  return {
    id: activity.id,
    type: 'activity',
    position: activity.position ? { x: activity.position.x, y: activity.position.y } : fallbackPosition(index),
    data: { activity, descriptor, ports: portsOf(activity, descriptor), problems },
  };
}

export function edgeId(connection: Connection, index: number): string {
  return `${connection.source.activity}:${connection.source.port ?? defaultPort}->${connection.target.activity}#${index}`;
}

export function toEdge(connection: Connection, index: number): ConnectionEdge {
  return {
    id: edgeId(connection, index),
    source: connection.source.activity,
    sourceHandle: connection.source.port ?? defaultPort,
    target: connection.target.activity,
    data: { connection },
  };
}

export function toDiagram(definition: WorkflowDefinition, descriptors: ReadonlyMap<string, ActivityDescriptor>): { nodes: ActivityNode[]; edges: ConnectionEdge[] } {
  return {
    nodes: definition.root.activities.map((activity, index) => toNode(activity, index, descriptors.get(activity.type))),
    edges: definition.root.connections.map(toEdge),
  };
}

/** The definition the diagram stands for: activities and connections keep every property they came with. */
export function fromDiagram(definition: WorkflowDefinition, nodes: readonly ActivityNode[], edges: readonly ConnectionEdge[]): WorkflowDefinition {
  const activities = nodes.map((node) => ({ ...node.data.activity, position: { x: Math.round(node.position.x), y: Math.round(node.position.y) } }));
  const connections = edges.map((edge): Connection => edge.data?.connection ?? {
    source: { activity: edge.source, port: edge.sourceHandle ?? defaultPort },
    target: { activity: edge.target },
  });
  return { ...definition, root: { ...definition.root, activities, connections } };
}

/**
 * The nodes for a new version of the definition, reusing every node whose activity and problems did not change,
 * so React Flow (and the memoised node component) only redraws what an edit touched.
 */
export function syncNodes(
  previous: readonly ActivityNode[],
  definition: WorkflowDefinition,
  descriptors: ReadonlyMap<string, ActivityDescriptor>,
  problems: ReadonlyMap<string, readonly string[]>,
): ActivityNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  return definition.root.activities.map((activity, index) => {
    const old = byId.get(activity.id);
    const nodeProblems = problems.get(activity.id) ?? noProblems;
    const descriptor = descriptors.get(activity.type);
    if (old && old.data.activity === activity && old.data.problems === nodeProblems && old.data.descriptor === descriptor) {
      return old;
    }
    const node = toNode(activity, index, descriptor, nodeProblems);
    return old?.selected ? { ...node, selected: true } : node;
  });
}

export function syncEdges(previous: readonly ConnectionEdge[], connections: readonly Connection[]): ConnectionEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  return connections.map((connection, index) => {
    const old = byId.get(edgeId(connection, index));
    if (old && old.data?.connection === connection) {
      return old;
    }
    const edge = toEdge(connection, index);
    return old?.selected ? { ...edge, selected: true } : edge;
  });
}
