import { describe, expect, it } from 'vitest';
import { activityOfPath, keepUnchanged, placeProblems, problemsByActivity, problemsOfProblemDetails } from './problems';
import { sample } from './testDefinitions';

describe('validation problems on the diagram', () => {
  it('places a problem on the activity or connection source its path points into', () => {
    const definition = sample();
    expect(activityOfPath(definition, '$.root.activities[2].inputs.message')).toBe('log');
    expect(activityOfPath(definition, '$.root.connections[1].target')).toBe('check');
    expect(activityOfPath(definition, '$.variables[0].name')).toBeNull();
    expect(activityOfPath(definition, '$.root.activities[9]')).toBeNull();
  });

  it('groups the messages per activity', () => {
    const placed = placeProblems(sample(), [
      { path: '$.root.activities[2].inputs.message', message: 'is required', severity: 'Error' },
      { path: '$.root.activities[2].inputs.level', message: 'unknown input', severity: 'Warning' },
      { path: '$.name', message: 'is required', severity: 'Error' },
    ]);
    expect(problemsByActivity(placed)).toEqual(new Map([['log', ['is required', 'unknown input']]]));
  });

  it('turns a refused publish into problems with their paths', () => {
    expect(problemsOfProblemDetails({ title: 'Invalid', errors: { '$.root.activities[0].inputs.message': ['is required'] } }))
      .toEqual([{ path: '$.root.activities[0].inputs.message', message: 'is required', severity: 'Error' }]);
    expect(problemsOfProblemDetails({ title: 'Conflict', detail: 'A draft changed meanwhile.' })[0]?.message).toBe('A draft changed meanwhile.');
  });
});

describe('problem badges', () => {
  it('keeps the same array for an activity whose messages did not change', () => {
    const old = ['is required'];
    const kept = keepUnchanged(new Map([['log', old], ['check', ['a']]]), new Map([['log', ['is required']], ['check', ['b']]]));
    expect(kept.get('log')).toBe(old);
    expect(kept.get('check')).toEqual(['b']);
  });
});
