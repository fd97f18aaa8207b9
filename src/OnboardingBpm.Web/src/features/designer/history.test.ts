import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('undo history', () => {
  it('undoes and redoes edits in order', () => {
    const h = record(record(startHistory('a'), 'b'), 'c');
    expect(undo(h).present).toBe('b');
    expect(undo(undo(h)).present).toBe('a');
    expect(redo(undo(undo(h))).present).toBe('b');
    expect(undo(startHistory('a')).present).toBe('a');
  });

  it('merges consecutive edits of the same field into one step', () => {
    const typed = record(record(record(startHistory(''), 'h', 'log.message'), 'he', 'log.message'), 'hey', 'log.message');
    expect(typed.present).toBe('hey');
    expect(undo(typed).present).toBe('');
  });

  it('a new edit after an undo drops the redo branch', () => {
    const h = record(undo(record(startHistory(1), 2)), 3);
    expect(h.future).toEqual([]);
    expect(redo(h).present).toBe(3);
  });
});
