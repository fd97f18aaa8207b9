import { describe, expect, it } from 'vitest';
import { addActivity, connect, copySelection, moveActivities, newActivityId, paste, removeElements, setInput } from './edits';
import { descriptor, sample } from './testDefinitions';

describe('designer edits', () => {
  it('names a new activity after its type with the first free number', () => {
    expect(newActivityId('UserTask', new Set(['userTask1', 'userTask2']))).toBe('userTask3');
    const { definition, id } = addActivity(sample(), descriptor('Log'), { x: 10.4, y: 20.6 });
    expect(id).toBe('log1');
    expect(definition.root.activities.at(-1)).toEqual({ id: 'log1', type: 'Log', name: 'Log', inputs: {}, position: { x: 10, y: 21 } });
  });

  it('connects a port once, however often it is dragged', () => {
    const once = connect(sample(), 'log', 'Done', 'start');
    expect(connect(once, 'log', 'Done', 'start')).toBe(once);
    expect(once.root.connections.at(-1)).toEqual({ source: { activity: 'log', port: 'Done' }, target: { activity: 'start' } });
  });

  it('removing an activity removes its connections too', () => {
    const removed = removeElements(sample(), new Set(['log']), new Set());
    expect(removed.root.activities.map((a) => a.id)).toEqual(['start', 'check', 'done']);
    expect(removed.root.connections).toHaveLength(2);
  });

  it('sets an input under its existing spelling and removes it with undefined', () => {
    const definition = sample();
    const set = setInput(definition, 'log', 'Message', 'hello');
    expect(set.root.activities.find((a) => a.id === 'log')?.inputs).toEqual({ message: 'hello' });
    expect(setInput(set, 'log', 'message', undefined).root.activities.find((a) => a.id === 'log')?.inputs).toEqual({});
    expect(definition.root.activities.find((a) => a.id === 'log')?.inputs).toEqual({ message: 'yes' });
  });

  it('moves only the activities whose position changed', () => {
    const definition = sample();
    const moved = moveActivities(definition, new Map([['start', { x: 0, y: 0 }], ['done', { x: 700, y: 10 }]]));
    expect(moved.root.activities[0]).toBe(definition.root.activities[0]);
    expect(moved.root.activities[3]?.position).toEqual({ x: 700, y: 10 });
  });

  it('pastes copies with fresh ids, shifted, with the connections between them', () => {
    const definition = sample();
    const clip = copySelection(definition, new Set(['check', 'log']));
    expect(clip.connections).toHaveLength(1);
    const pasted = paste(definition, clip);
    expect(pasted.ids).toEqual(['decision1', 'log1']);
    expect(pasted.definition.root.activities.find((a) => a.id === 'log1')?.position).toEqual({ x: 440, y: -20 });
    expect(pasted.definition.root.connections.at(-1)).toEqual({ source: { activity: 'decision1', port: 'True' }, target: { activity: 'log1' }, label: 'kept' });
  });
});
