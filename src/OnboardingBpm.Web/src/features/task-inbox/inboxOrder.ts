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
 * The two lists of the inbox: what I claimed, and what my segments still offer (claimed by nobody). A task claimed
 * while the two lists were read can be in both answers; it is mine, so it is not offered again.
 */
export function splitInbox(mine: readonly HumanTask[], unclaimed: readonly HumanTask[]): { mine: HumanTask[]; unclaimed: HumanTask[] } {
  const claimed = mine.filter((task) => task.status === 'Claimed');
  const mineIds = new Set(claimed.map((task) => task.id));
  return {
    mine: byDueTime(claimed),
    unclaimed: byDueTime(unclaimed.filter((task) => task.status === 'Open' && !mineIds.has(task.id))),
  };
}
