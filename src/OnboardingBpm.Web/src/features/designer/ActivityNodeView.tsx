import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ActivityNode } from './diagram';

/** One activity: its name and type, a target handle, and a source handle per outcome port. Memoised: a node
 * redraws only when its own data changes. */
function ActivityNodeViewInner({ data, selected }: NodeProps<ActivityNode>) {
  const { activity, descriptor, ports, problems } = data;
  const invalid = problems.length > 0;
  return (
    <div className={`activity-node${selected ? ' selected' : ''}${invalid ? ' invalid' : ''}`} data-activity-id={activity.id}
      aria-label={`Activity ${activity.name ?? activity.id}`}>
      <Handle type="target" position={Position.Left} />
      <div className="activity-title">{activity.name ?? activity.id}</div>
      <div className="activity-type">{descriptor?.displayName ?? `${activity.type} (unknown)`}</div>
      {invalid ? <div className="activity-problems" role="note" title={problems.join('\n')}>⚠ {problems.length} problem{problems.length > 1 ? 's' : ''}</div> : null}
      <div className="ports">
        {ports.map((port) => (
          <div className="port" key={port}>
            <span>{port}</span>
            <Handle type="source" position={Position.Right} id={port} title={`Port ${port}`} />
          </div>
        ))}
      </div>
    </div>
  );
}

export const ActivityNodeView = memo(ActivityNodeViewInner);
export const nodeTypes = { activity: ActivityNodeView };
