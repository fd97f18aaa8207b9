import type { HumanTask } from './types';

/** Soonest due first; tasks without a due time after every dated one, oldest first among themselves. */
export function byDueTime(tasks: readonly HumanTask[]): HumanTask[] {
  const due = (task: HumanTask) => (task.dueAt ? Date.parse(task.dueAt) : Number.POSITIVE_INFINITY);
  return [...tasks].sort((a, b) => due(a) - due(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

export function isOverdue(task: Pick<HumanTask, 'dueAt'>, now: number): boolean {
  return task.dueAt != null && Date.parse(task.dueAt) < now;
}

/**
 * The two lists of the inbox: what I claimed, and what my segments still offer (claimed by nobody). The server's
 * `available` scope also returns tasks claimed by others, which are not mine to take.
 */
export function splitInbox(mine: readonly HumanTask[], available: readonly HumanTask[]): { mine: HumanTask[]; unclaimed: HumanTask[] } {
  return {
    mine: byDueTime(mine.filter((task) => task.status === 'Claimed')),
    unclaimed: byDueTime(available.filter((task) => task.status === 'Open')),
  };
}
