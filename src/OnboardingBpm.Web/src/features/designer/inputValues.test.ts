import { describe, expect, it } from 'vitest';
import { isExpression, literalEditorOf, toExpression } from './inputValues';
import type { InputDescriptor } from './types';

const input = (over: Partial<InputDescriptor>): InputDescriptor => ({
  name: 'x', displayName: 'X', type: 'String', description: '', uiHint: 'singleline', required: false, defaultSyntax: 'Literal', literalOnly: false, ...over,
});

describe('input values', () => {
  it('tells an expression from a literal object', () => {
    expect(isExpression({ expression: { type: 'JavaScript', value: '1 + 1' } })).toBe(true);
    expect(isExpression({ expression: 'not typed' })).toBe(false);
    expect(isExpression({ expression: { type: 'Variable', value: 'a' }, other: 1 })).toBe(false);
    expect(isExpression('text')).toBe(false);
  });

  it('picks the literal editor from the hint, the options, then the type', () => {
    expect(literalEditorOf(input({ options: ['WaitAll', 'WaitAny'] }))).toBe('dropdown');
    expect(literalEditorOf(input({ uiHint: 'multiline' }))).toBe('multiline');
    expect(literalEditorOf(input({ uiHint: 'cases', type: 'Array' }))).toBe('json');
    expect(literalEditorOf(input({ type: 'Number' }))).toBe('number');
    expect(literalEditorOf(input({ type: 'Boolean' }))).toBe('checkbox');
    expect(literalEditorOf(input({}))).toBe('text');
  });

  it('turns a literal into an expression of the chosen type, keeping the text', () => {
    expect(toExpression('Review {{variables.caseId}}', 'Template')).toEqual({ expression: { type: 'Template', value: 'Review {{variables.caseId}}' } });
    expect(toExpression(3, 'JavaScript')).toEqual({ expression: { type: 'JavaScript', value: '3' } });
    expect(toExpression({ a: 1 }, 'Literal')).toEqual({ expression: { type: 'Literal', value: { a: 1 } } });
  });
});
