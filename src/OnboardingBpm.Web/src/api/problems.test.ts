import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './problems';

describe('the server problem+json per field', () => {
  it('data paths go to their field, the outcome to the buttons, the rest above the form', () => {
    const errors = fieldErrorsOf({
      title: 'The completion of task t-1 is not valid.',
      errors: { '$.data.customerReached': ['is required'], '$.data.notes': ['must have at most 5 characters', 'x'], '$.outcome': ['must be one of Resolved'], '$': ['odd'] },
    });

    expect(errors).toEqual({ customerReached: 'is required', notes: 'must have at most 5 characters; x', outcome: 'must be one of Resolved', '': 'odd' });
  });

  it('a problem without field errors is shown with its detail', () => {
    expect(fieldErrorsOf({ title: 'Conflict', detail: 'Task t-1 is claimed by sam.', status: 409 })).toEqual({ '': 'Task t-1 is claimed by sam.' });
  });
});
