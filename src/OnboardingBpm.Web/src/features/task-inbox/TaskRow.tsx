import { memo } from 'react';
import { isOverdue } from './inboxOrder';
import type { HumanTask } from './types';

/** Every row has this height (CSS pixels): the inbox lists are windowed, so a row's place is its index times this. */
export const TASK_ROW_HEIGHT = 64;

interface Props {
  task: HumanTask;
  claimed: boolean;
  selected: boolean;
  fresh: boolean;
  now: number;
  onOpen: (task: HumanTask) => void;
  onClaim: (task: HumanTask) => void;
  onRelease: (task: HumanTask) => void;
}

/**
 * One line of the inbox: the title opens the task (and takes the focus from the arrow keys), then claim or release.
 * Memoised: while scrolling, only the rows entering the window render.
 */
export const TaskRow = memo(function TaskRow({ task, claimed, selected, fresh, now, onOpen, onClaim, onRelease }: Props) {
  return (
    <div className={`task${selected ? ' selected' : ''}`} data-task-id={task.id}>
      <button type="button" className="task-title" data-row-focus title={task.title} onClick={() => { onOpen(task); }}>
        {task.title}
        {fresh ? <span className="new">new</span> : null}
      </button>
      <span className="task-meta"><span className="segment">{task.segment ?? 'any segment'}</span> · <Due task={task} now={now} /></span>
      {claimed
        ? <button type="button" onClick={() => { onRelease(task); }}>Release</button>
        : <button type="button" onClick={() => { onClaim(task); }}>Claim</button>}
    </div>
  );
});

// One formatter for every row: toLocaleString with options builds a new one per call, a cost paid on each row.
const dueFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function Due({ task, now }: { task: HumanTask; now: number }) {
  if (!task.dueAt) {
    return <span className="due">no due time</span>;
  }
  const when = dueFormat.format(new Date(task.dueAt));
  return isOverdue(task, now)
    ? <span className="due overdue">Overdue · due {when}</span>
    : <span className="due">due {when}</span>;
}
