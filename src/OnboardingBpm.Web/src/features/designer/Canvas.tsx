import {
  Background, Controls, MiniMap, ReactFlow, applyEdgeChanges, applyNodeChanges, useNodesInitialized, useReactFlow,
  type Connection as FlowConnection, type EdgeChange, type Node, type NodeChange, type OnSelectionChangeParams, type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { nodeTypes } from './ActivityNodeView';
import { syncEdges, syncNodes, type ActivityNode, type ConnectionEdge } from './diagram';
import { connect, moveActivities, removeElements } from './edits';
import type { ActivityDescriptor, Connection, WorkflowDefinition } from './types';

export const paletteMime = 'application/x-onboardingbpm-activity';

export type Edit = (change: (definition: WorkflowDefinition) => WorkflowDefinition, mergeKey?: string) => void;

interface Props {
  definition: WorkflowDefinition;
  descriptors: ReadonlyMap<string, ActivityDescriptor>;
  problems: ReadonlyMap<string, readonly string[]>;
  edit: Edit;
  onAdd: (type: string, position: XYPosition) => void;
  onSelect: (ids: string[]) => void;
  focus: { id: string; at: number } | null;
  onReady: () => void;
}

/** The flowchart: nodes and edges follow the definition; dragging, connecting and deleting become edits. */
export function Canvas({ definition, descriptors, problems, edit, onAdd, onSelect, focus, onReady }: Props) {
  const [nodes, setNodes] = useState<ActivityNode[]>(() => syncNodes([], definition, descriptors, problems));
  const [edges, setEdges] = useState<ConnectionEdge[]>(() => syncEdges([], definition.root.connections));
  const [drawn, setDrawn] = useState({ definition, descriptors, problems, focus });
  const flow = useReactFlow<ActivityNode, ConnectionEdge>();
  const initialized = useNodesInitialized();
  const ready = useRef(false);
  const [showMinimap, setShowMinimap] = useState(false);

  // Follow the definition during render (not in an effect) so an edit costs one render, not two.
  if (drawn.definition !== definition || drawn.descriptors !== descriptors || drawn.problems !== problems || drawn.focus !== focus) {
    setDrawn({ definition, descriptors, problems, focus });
    setNodes((previous) => {
      const synced = syncNodes(previous, definition, descriptors, problems);
      return focus && focus !== drawn.focus
        ? synced.map((n) => (Boolean(n.selected) === (n.id === focus.id) ? n : { ...n, selected: n.id === focus.id }))
        : synced;
    });
    if (drawn.definition.root.connections !== definition.root.connections) {
      setEdges((previous) => syncEdges(previous, definition.root.connections));
    }
  }

  const expected = definition.root.activities.length;
  useEffect(() => {
    if (!ready.current && nodes.length === expected && (expected === 0 || initialized)) {
      ready.current = true;
      onReady();
      // The minimap draws every node a second time: it waits until the canvas itself is usable.
      setShowMinimap(true);
    }
  }, [initialized, nodes.length, expected, onReady]);

  useEffect(() => {
    if (!focus) {
      return;
    }
    const node = flow.getInternalNode(focus.id);
    if (node) {
      const width = node.measured.width ?? 190;
      const height = node.measured.height ?? 70;
      void flow.setCenter(node.internals.positionAbsolute.x + width / 2, node.internals.positionAbsolute.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.8) });
    }
  }, [focus, flow]);

  const onNodesChange = useCallback((changes: NodeChange<ActivityNode>[]) => {
    setNodes((current) => applyNodeChanges(changes.filter((c) => c.type !== 'remove'), current));
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<ConnectionEdge>[]) => {
    setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), current));
  }, []);
  const onNodeDragStop = useCallback((_event: unknown, _node: Node, dragged: Node[]) => {
    edit((d) => moveActivities(d, new Map(dragged.map((n) => [n.id, n.position]))));
  }, [edit]);
  const onConnect = useCallback((c: FlowConnection) => {
    edit((d) => connect(d, c.source, c.sourceHandle ?? 'Done', c.target));
  }, [edit]);
  const onDelete = useCallback(({ nodes: gone, edges: cut }: { nodes: ActivityNode[]; edges: ConnectionEdge[] }) => {
    const connections = new Set(cut.flatMap((e): Connection[] => (e.data ? [e.data.connection] : [])));
    edit((d) => removeElements(d, new Set(gone.map((n) => n.id)), connections));
  }, [edit]);
  const onSelectionChange = useCallback(({ nodes: selected }: OnSelectionChangeParams<ActivityNode>) => {
    onSelect(selected.map((n) => n.id));
  }, [onSelect]);
  const onDragOver = useCallback((event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback((event: DragEvent) => {
    event.preventDefault();
    const type = event.dataTransfer.getData(paletteMime);
    if (type) {
      onAdd(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    }
  }, [flow, onAdd]);

  return (
    <div className="designer-canvas" data-testid="designer-canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<ActivityNode, ConnectionEdge> nodes={nodes} edges={edges} nodeTypes={nodeTypes}
        onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onNodeDragStop={onNodeDragStop}
        onConnect={onConnect} onDelete={onDelete} onSelectionChange={onSelectionChange}
        fitView minZoom={0.1} deleteKeyCode={['Delete', 'Backspace']}>
        <Background />
        <Controls />
        {showMinimap ? <MiniMap pannable zoomable ariaLabel="Minimap" /> : null}
      </ReactFlow>
    </div>
  );
}
