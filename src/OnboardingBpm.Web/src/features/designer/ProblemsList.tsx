import type { PlacedProblem } from './problems';

/** Every problem the server found; one on an activity jumps to it. */
export function ProblemsList({ problems, onJump }: { problems: readonly PlacedProblem[]; onJump: (activityId: string) => void }) {
  if (problems.length === 0) {
    return <p className="problems-ok" role="status">No problems found.</p>;
  }
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={`${p.path}:${i}`} className={p.severity === 'Warning' ? 'warning' : 'error'}>
          {p.activityId !== null
            ? <button type="button" className="link" onClick={() => { if (p.activityId !== null) { onJump(p.activityId); } }}>{p.activityId}</button>
            : <code>{p.path}</code>}
          {' '}{p.message}
        </li>
      ))}
    </ul>
  );
}
