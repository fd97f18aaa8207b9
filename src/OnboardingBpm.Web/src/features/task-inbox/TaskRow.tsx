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

/** One line of the inbox: the title opens the task (and takes the focus from the arrow keys), then claim or release. */
export function TaskRow({ task, claimed, selected, fresh, now, onOpen, onClaim, onRelease }: Props) {
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
}

export function Due({ task, now }: { task: HumanTask; now: number }) {
  if (!task.dueAt) {
    return <span className="due">no due time</span>;
  }
  const when = new Date(task.dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return isOverdue(task, now)
    ? <span className="due overdue">Overdue · due {when}</span>
    : <span className="due">due {when}</span>;
}
