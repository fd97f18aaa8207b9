/** Undo/redo over whole definitions; consecutive edits of the same field merge into one step. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  lastKey: string | null;
}

const limit = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null };
}

export function record<T>(history: History<T>, next: T, mergeKey: string | null = null): History<T> {
  if (next === history.present) {
    return history;
  }
  if (mergeKey !== null && mergeKey === history.lastKey) {
    return { ...history, present: next, future: [] };
  }
  return { past: [...history.past, history.present].slice(-limit), present: next, future: [], lastKey: mergeKey };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) {
    return history;
  }
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) {
    return history;
  }
  return { past: [...history.past, history.present], present: next, future: rest, lastKey: null };
}
