import { useEffect, useMemo, useRef, useState } from 'react';
import type { Api } from '../../api/client';
import type { Me } from '../../app/navigation';
import { VirtualList } from '../../virtual/VirtualList';
import { splitInbox } from './inboxOrder';
import { claimTask, loadInbox, releaseTask, type Inbox } from './taskApi';
import { LIST_LIMIT } from './taskPages';
import { TaskForm } from './TaskForm';
import { Due, TASK_ROW_HEIGHT, TaskRow } from './TaskRow';
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

/**
 * My claimed tasks and my segments' unclaimed tasks, soonest due first; claim, release, complete. Both lists are
 * read whole (up to a limit) and windowed: a thousand tasks render a few dozen rows.
 */
export function TaskInbox({ api, me, now, refreshKey, fresh, onSeen, onCompleted }: Props) {
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const marked = useRef(false);

  useEffect(() => {
    let current = true;
    loadInbox(api).then(
      (loaded) => {
        if (current) {
          performance.mark('inbox:loaded');
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

  // The first frame that shows the lists: what the browser test reports as the inbox's time to render.
  useEffect(() => {
    if (inbox && !marked.current) {
      marked.current = true;
      requestAnimationFrame(() => performance.mark('inbox:rendered'));
    }
  }, [inbox]);

  const lists = useMemo(() => (inbox ? splitInbox(inbox.mine.items, inbox.unclaimed.items) : null), [inbox]);

  if (!inbox || !lists) {
    return <section><h2>Task inbox</h2>{error ? <p role="alert">{error}</p> : <p>Loading…</p>}</section>;
  }

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

  const { mine, unclaimed } = lists;
  const nowMs = now();
  const current = mine.find((task) => task.id === selected) ?? unclaimed.find((task) => task.id === selected) ?? null;
  const open = (task: HumanTask) => {
    setSelected(task.id);
    onSeen(task.id);
  };
  const claim = (task: HumanTask) => void act(async () => { await claimTask(api, task.id); open(task); });
  const release = (task: HumanTask) => void act(() => releaseTask(api, task.id));
  // The same callbacks for every row of this render, so a row already in the window does not render again on scroll.
  const row = (claimed: boolean) => (task: HumanTask) => (
    <TaskRow task={task} claimed={claimed} selected={task.id === selected} fresh={fresh.has(task.id)} now={nowMs}
      onOpen={open} onClaim={claim} onRelease={release} />
  );
  const segments = me.seesAllSegments ? 'all segments' : `my segments (${me.segments.join(', ')})`;
  const cut = inbox.unclaimed.total > LIST_LIMIT;

  return (
    <section className="inbox">
      <h2>Task inbox</h2>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <div className="inbox-lists">
        <div>
          <h3>My tasks ({mine.length})</h3>
          {mine.length === 0
            ? <p className="empty">Nothing claimed. Claim a task below.</p>
            : <VirtualList items={mine} label="My tasks" className="mine" rowHeight={TASK_ROW_HEIGHT} keyOf={(t) => t.id} renderRow={row(true)} />}
          <h3>Unclaimed in {segments} ({unclaimed.length.toLocaleString()})</h3>
          {cut ? <p className="hint">Showing the {unclaimed.length.toLocaleString()} soonest due of {inbox.unclaimed.total.toLocaleString()}; claim or complete some to see the rest.</p> : null}
          {unclaimed.length === 0
            ? <p className="empty">No unclaimed tasks.</p>
            : <VirtualList items={unclaimed} label="Unclaimed tasks" rowHeight={TASK_ROW_HEIGHT} keyOf={(t) => t.id} renderRow={row(false)} />}
          <p className="hint keys">In a list, ↑ ↓ move between tasks, Page Up/Down by a screen, Home and End to the first and last.</p>
        </div>
        {current ? (
          <article className="task-detail" aria-label="Task">
            <h3>{current.title}</h3>
            <p className="meta">{current.segment ?? 'any segment'} · <Due task={current} now={nowMs} /></p>
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
