import { Background, Controls, Handle, MiniMap, Position, ReactFlow, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { toFlow, type ActivityNodeData } from './diagram';
import type { PathHighlight } from './path';
import type { FlowDefinition } from './types';

const stateText: Record<string, string> = { completed: 'done', active: 'waiting here', faulted: 'faulted', idle: '' };

function ActivityNode({ data }: NodeProps<Node<ActivityNodeData>>) {
  return (
    <div className="activity-box" data-state={data.state}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <strong>{data.label}</strong>
      <small>{data.type}{stateText[data.state] ? ` · ${stateText[data.state] ?? ''}` : ''}</small>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

const nodeTypes = { default: ActivityNode };

/** The definition drawn read-only: the path taken in green, the current position in blue, faults in red. */
export function InstanceDiagram({ definition, highlight }: { definition: FlowDefinition; highlight: PathHighlight }) {
  const { nodes, edges } = useMemo(() => toFlow(definition, highlight), [definition, highlight]);
  return (
    <div className="instance-diagram" aria-label="Workflow diagram">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView nodesDraggable={false} nodesConnectable={false}
        elementsSelectable={false} proOptions={{ hideAttribution: true }} minZoom={0.1}>
        <Background />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}
