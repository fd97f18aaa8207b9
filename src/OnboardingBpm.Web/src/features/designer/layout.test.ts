import { describe, expect, it } from 'vitest';
import { autoLayout } from './layout';
import { sample } from './testDefinitions';

describe('auto layout', () => {
  it('places every activity left to right along its connections', () => {
    const positions = autoLayout(sample());
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect([...positions.keys()]).toEqual(['start', 'check', 'log', 'done']);
    expect(x('start')).toBeLessThan(x('check'));
    expect(x('check')).toBeLessThan(x('log'));
    expect(x('log')).toBeLessThan(x('done'));
  });
});
