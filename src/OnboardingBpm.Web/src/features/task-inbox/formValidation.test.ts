import { describe, expect, it } from 'vitest';
import { toSubmission, validateForm } from './formValidation';
import type { FormField } from './types';

const field = (overrides: Partial<FormField> & Pick<FormField, 'name'>): FormField => ({ type: 'Text', required: false, ...overrides });

describe('validateForm mirrors the server', () => {
  it('a required field left empty or blank is required', () => {
    const fields = [field({ name: 'reached', type: 'Boolean', required: true }), field({ name: 'notes', required: true })];

    expect(validateForm(fields, { notes: '   ' })).toEqual({ reached: 'is required', notes: 'is required' });
  });

  it('an optional empty field is not checked further', () => {
    expect(validateForm([field({ name: 'email', type: 'Email' })], {})).toEqual({});
  });

  it('numbers respect type, wholeness and bounds', () => {
    const fields = [field({ name: 'count', type: 'Integer', min: 1, max: 5 }), field({ name: 'rate', type: 'Number', min: 0 })];

    expect(validateForm(fields, toSubmission(fields, { count: '2.5', rate: 'abc' }))).toEqual({ count: 'must be a whole number', rate: 'must be a number' });
    expect(validateForm(fields, toSubmission(fields, { count: '9', rate: '-1' }))).toEqual({ count: 'must be at most 5', rate: 'must be at least 0' });
    expect(validateForm(fields, toSubmission(fields, { count: '3', rate: '0.5' }))).toEqual({});
  });

  it('texts respect email, select, lengths and a whole-text pattern in that order', () => {
    const fields = [
      field({ name: 'email', type: 'Email' }),
      field({ name: 'plan', type: 'Select', options: ['Basic', 'Pro'] }),
      field({ name: 'code', minLength: 3, pattern: '[A-Z]+' }),
      field({ name: 'notes', type: 'MultilineText', maxLength: 5 }),
    ];

    expect(validateForm(fields, { email: 'a@b', plan: 'Gold', code: 'ab', notes: 'too long' })).toEqual({
      email: 'must be an email address',
      plan: 'must be one of Basic, Pro',
      code: 'must have at least 3 characters',
      notes: 'must have at most 5 characters',
    });
    expect(validateForm(fields, { email: 'dana@acme.example', plan: 'Pro', code: 'ABCd', notes: 'ok' })).toEqual({ code: 'does not have the expected format' });
  });

  it('a boolean must be a boolean', () => {
    expect(validateForm([field({ name: 'ok', type: 'Boolean' })], { ok: 'yes' })).toEqual({ ok: 'must be true or false' });
    expect(validateForm([field({ name: 'ok', type: 'Boolean', required: true })], { ok: false })).toEqual({});
  });
});

describe('toSubmission', () => {
  it('leaves out empty inputs and turns numeric texts into numbers', () => {
    const fields = [field({ name: 'n', type: 'Number' }), field({ name: 'empty' }), field({ name: 'yes', type: 'Boolean' })];

    expect(toSubmission(fields, { n: '4.5', empty: '', yes: true })).toEqual({ n: 4.5, yes: true });
  });
});
