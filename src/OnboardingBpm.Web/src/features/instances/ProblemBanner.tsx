import { ApiError } from '../../api/problems';

/** A server error as its problem+json title and detail (and field messages), never a bare status code. */
export function ProblemBanner({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  if (error instanceof ApiError) {
    const { title, detail, errors } = error.problem;
    const fields = Object.entries(errors ?? {});
    return (
      <div role="alert" className="problem-banner">
        <strong>{title ?? (error.status === 403 ? 'Not allowed' : error.status === 404 ? 'Not found' : 'The server refused')}</strong>
        {detail ? <span> — {detail}</span> : null}
        {fields.length > 0 ? <ul>{fields.map(([field, messages]) => <li key={field}>{field}: {messages.join('; ')}</li>)}</ul> : null}
      </div>
    );
  }
  return <div role="alert" className="problem-banner">{error instanceof Error ? error.message : 'Something went wrong.'}</div>;
}
