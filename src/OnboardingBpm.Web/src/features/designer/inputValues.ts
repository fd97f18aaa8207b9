import type { InputDescriptor } from './types';

/** An input value is a literal or {expression: {type, value}} (docs/workflow-format.md). */
export interface ExpressionValue {
  expression: { type: string; value: unknown };
}

export function isExpression(value: unknown): value is ExpressionValue {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value);
  const inner = (value as { expression?: unknown }).expression;
  return keys.length === 1 && keys[0] === 'expression' && !!inner && typeof inner === 'object' && typeof (inner as { type?: unknown }).type === 'string';
}

/** The editor a literal gets: from the descriptor's hint first, then its value type. */
export type LiteralEditor = 'checkbox' | 'number' | 'dropdown' | 'multiline' | 'json' | 'text';

export function literalEditorOf(input: InputDescriptor): LiteralEditor {
  if (input.options && input.options.length > 0) {
    return 'dropdown';
  }
  switch (input.uiHint) {
    case 'checkbox': return 'checkbox';
    case 'multiline':
    case 'code': return 'multiline';
    case 'json':
    case 'list':
    case 'cases':
    case 'formfields': return 'json';
    default: break;
  }
  switch (input.type) {
    case 'Boolean': return 'checkbox';
    case 'Number': return 'number';
    case 'Object':
    case 'Array': return 'json';
    default: return 'text';
  }
}

/** Switching an input to an expression keeps what was typed as its first text. */
export function toExpression(value: unknown, type: string): ExpressionValue {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return { expression: { type, value: type === 'Literal' ? value ?? null : text } };
}

export function toLiteral(value: ExpressionValue): unknown {
  const inner = value.expression.value;
  return inner === '' ? undefined : inner;
}
