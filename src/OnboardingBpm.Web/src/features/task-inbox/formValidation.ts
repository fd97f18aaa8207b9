import type { FieldErrors } from '../../api/problems';
import type { FormData, FormField, FormValue } from './types';

/**
 * The same rules, in the same order and words, as the server's FormValidator
 * (src/OnboardingBpm.Workflows/HumanTasks/FormValidator.cs), so most mistakes are shown before a round trip. The
 * server still decides: its problem+json errors are shown on the same fields.
 */
export function validateForm(fields: readonly FormField[], data: FormData): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      if (field.required) {
        errors[field.name] = 'is required';
      }
      continue;
    }
    const message = checkValue(field, value);
    if (message) {
      errors[field.name] = message;
    }
  }
  return errors;
}

function checkValue(field: FormField, value: FormValue): string | null {
  switch (field.type) {
    case 'Boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'Number':
    case 'Integer':
      if (typeof value !== 'number' || Number.isNaN(value)) {
        return 'must be a number';
      }
      if (field.type === 'Integer' && !Number.isInteger(value)) {
        return 'must be a whole number';
      }
      return field.min != null && value < field.min ? `must be at least ${field.min}`
        : field.max != null && value > field.max ? `must be at most ${field.max}`
        : null;
    default:
      break;
  }
  if (typeof value !== 'string') {
    return 'must be a text';
  }
  if (field.type === 'Date' && Number.isNaN(Date.parse(value))) {
    return 'must be an ISO 8601 date';
  }
  if (field.type === 'Email' && !isEmail(value)) {
    return 'must be an email address';
  }
  if (field.type === 'Select' && !(field.options ?? []).includes(value)) {
    return `must be one of ${(field.options ?? []).join(', ')}`;
  }
  if (field.minLength != null && value.length < field.minLength) {
    return `must have at least ${field.minLength} characters`;
  }
  if (field.maxLength != null && value.length > field.maxLength) {
    return `must have at most ${field.maxLength} characters`;
  }
  if (field.pattern != null && !matchesWhole(field.pattern, value)) {
    return 'does not have the expected format';
  }
  return null;
}

function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  return at > 0 && at === text.lastIndexOf('@') && text.indexOf('.', at) > at + 1 && !text.endsWith('.') && !text.includes(' ');
}

function matchesWhole(pattern: string, text: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(text);
  } catch {
    // A pattern .NET accepts but JavaScript does not: leave the verdict to the server.
    return true;
  }
}

/**
 * What the inputs hold, as the server expects it: numbers as numbers (a text that is not one stays a text, so the
 * check says "must be a number"), empty inputs left out.
 */
export function toSubmission(fields: readonly FormField[], raw: FormData): FormData {
  const data: FormData = {};
  for (const field of fields) {
    const value = raw[field.name];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      continue;
    }
    if ((field.type === 'Number' || field.type === 'Integer') && typeof value === 'string') {
      const number = Number(value);
      data[field.name] = Number.isNaN(number) ? value : number;
    } else {
      data[field.name] = value;
    }
  }
  return data;
}
