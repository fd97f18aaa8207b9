import { describe, expect, it } from 'vitest';
import { parseDefinition } from './definitionFile';
import { groupByCategory } from './Palette';
import { descriptor, sample } from './testDefinitions';

describe('definition files', () => {
  it('reads an exported file back unchanged', () => {
    expect(parseDefinition(JSON.stringify(sample()))).toEqual(sample());
  });

  it('says what is wrong with a file that is not a definition', () => {
    expect(parseDefinition('{')).toMatch(/^Not valid JSON/);
    expect(parseDefinition('[]')).toBe('A definition is a JSON object.');
    expect(parseDefinition('{"name":"x","root":{"activities":[]}}')).toBe('definitionId is missing.');
    expect(parseDefinition('{"definitionId":"x"}')).toBe('root.activities is missing.');
  });
});

describe('palette', () => {
  it('groups by category in order and filters by name, type or description', () => {
    const all = [descriptor('Log', ['Done'], { category: 'Control flow' }), descriptor('SendEmail', ['Done'], { category: 'Email', displayName: 'Send email', description: 'Mails a template' }), descriptor('Start', ['Done'], { category: 'Control flow' })];
    expect(groupByCategory(all, '').map(([c, items]) => [c, items.map((d) => d.type)])).toEqual([['Control flow', ['Log', 'Start']], ['Email', ['SendEmail']]]);
    expect(groupByCategory(all, 'template').map(([c]) => c)).toEqual(['Email']);
    expect(groupByCategory(all, 'nothing')).toEqual([]);
  });
});
