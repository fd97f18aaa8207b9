import type { JournalEntry } from './types';

/** What ran, in order: each step's outcome, attempt and error. */
export function JournalTable({ entries, total, names }: { entries: readonly JournalEntry[]; total: number; names: ReadonlyMap<string, string> }) {
  return (
    <>
      <h3>Journal</h3>
      <table className="journal" aria-label="Journal">
        <thead><tr><th>#</th><th>Activity</th><th>Event</th><th>Outcome</th><th>Attempt</th><th>At</th><th>Message</th></tr></thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.sequence} className={`journal-${entry.eventType.toLowerCase()}`}>
              <td>{entry.sequence}</td>
              <td>{names.get(entry.activityId) ?? entry.activityId} <span className="meta">{entry.activityType}</span></td>
              <td>{entry.eventType}</td>
              <td>{entry.outcomes.join(', ')}</td>
              <td>{entry.attempt}</td>
              <td>{new Date(entry.startedAt).toLocaleString()}</td>
              <td>{entry.error ?? entry.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > entries.length ? <p className="hint">Showing the first {entries.length} of {total} entries.</p> : null}
    </>
  );
}
