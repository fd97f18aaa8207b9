/** An RFC 7807 problem as the server writes it; validation problems carry `errors` keyed by JSON path. */
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

export type FieldErrors = Record<string, string>;

/**
 * The server's validation errors per form field: `$.data.notes` belongs to the field `notes`, `$.outcome` to
 * the outcome buttons; anything else is shown above the form under the key ''.
 */
export function fieldErrorsOf(problem: Problem): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(problem.errors ?? {})) {
    const key = path.startsWith('$.data.') ? path.slice('$.data.'.length) : path === '$.outcome' ? 'outcome' : '';
    const message = messages.join('; ');
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  }
  if (Object.keys(errors).length === 0 && (problem.detail ?? problem.title)) {
    errors[''] = problem.detail ?? problem.title ?? '';
  }
  return errors;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `The server answered ${status}.`);
  }
}
