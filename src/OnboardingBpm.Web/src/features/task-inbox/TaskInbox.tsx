import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import type { Me } from '../../app/navigation';
import { isOverdue, splitInbox } from './inboxOrder';
import { claimTask, loadInbox, releaseTask, type Inbox } from './taskApi';
import { TaskForm } from './TaskForm';
import type { HumanTask } from './types';

interface Props {
  api: Api;
  me: Me;
  now: () => number;
  /** Bumped when the hub announces a task: the inbox fetches again, through the API's access checks. */
  refreshKey: number;
  fresh: ReadonlySet<string>;
  onSeen: (id: string) => void;
  onCompleted: (task: HumanTask, outcome: string) => void;
}

/** My claimed tasks and my segments' unclaimed tasks, soonest due first; claim, release, complete. */
export function TaskInbox({ api, me, now, refreshKey, fresh, onSeen, onCompleted }: Props) {
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    loadInbox(api).then(
      (loaded) => {
        if (current) {
          setInbox(loaded);
          setError(null);
        }
      },
      (problem: unknown) => {
        if (current) {
          setError(problem instanceof Error ? problem.message : String(problem));
        }
      },
    );
    return () => {
      current = false;
    };
  }, [api, refreshKey, version]);

  const reload = () => {
    setVersion((v) => v + 1);
  };

  async function act(action: () => Promise<unknown>) {
    try {
      await action();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
    reload();
  }

  if (!inbox) {
    return <section><h2>Task inbox</h2>{error ? <p role="alert">{error}</p> : <p>Loading…</p>}</section>;
  }

  const { mine, unclaimed } = splitInbox(inbox.mine, inbox.available);
  const current = [...mine, ...unclaimed].find((task) => task.id === selected) ?? null;
  const row = (task: HumanTask, claimed: boolean) => (
    <li key={task.id} className={`task${task.id === selected ? ' selected' : ''}`} data-task-id={task.id}>
      <button type="button" className="task-title" onClick={() => { setSelected(task.id); onSeen(task.id); }}>
        {task.title}
        {fresh.has(task.id) ? <span className="new">new</span> : null}
      </button>
      <span className="segment">{task.segment ?? 'any segment'}</span>
      <Due task={task} now={now()} />
      {claimed
        ? <button type="button" onClick={() => void act(() => releaseTask(api, task.id))}>Release</button>
        : <button type="button" onClick={() => void act(async () => { await claimTask(api, task.id); setSelected(task.id); onSeen(task.id); })}>Claim</button>}
    </li>
  );

  return (
    <section className="inbox">
      <h2>Task inbox</h2>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="inbox-lists">
        <div>
          <h3>My tasks ({mine.length})</h3>
          {mine.length === 0 ? <p className="empty">Nothing claimed. Claim a task below.</p> : <ul aria-label="My tasks">{mine.map((task) => row(task, true))}</ul>}
          <h3>Unclaimed in {me.seesAllSegments ? 'all segments' : `my segments (${me.segments.join(', ')})`} ({unclaimed.length})</h3>
          {unclaimed.length === 0 ? <p className="empty">No unclaimed tasks.</p> : <ul aria-label="Unclaimed tasks">{unclaimed.map((task) => row(task, false))}</ul>}
        </div>
        {current ? (
          <article className="task-detail" aria-label="Task">
            <h3>{current.title}</h3>
            <p className="meta">{current.segment ?? 'any segment'} · <Due task={current} now={now()} /></p>
            {current.description ? <p>{current.description}</p> : null}
            {current.status === 'Claimed' && current.assignee === me.user
              ? <TaskForm key={current.id} task={current} api={api} onCompleted={(task, outcome) => { setSelected(null); onCompleted(task, outcome); reload(); }} />
              : <p className="hint">Claim the task to work on it.</p>}
          </article>
        ) : null}
      </div>
    </section>
  );
}

function Due({ task, now }: { task: HumanTask; now: number }) {
  if (!task.dueAt) {
    return <span className="due">no due time</span>;
  }
  const when = new Date(task.dueAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return isOverdue(task, now)
    ? <span className="due overdue">Overdue · due {when}</span>
    : <span className="due">due {when}</span>;
}
