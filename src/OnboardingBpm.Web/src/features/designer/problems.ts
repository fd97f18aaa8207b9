import type { Problem } from '../../api/problems';
import type { ValidationProblem, WorkflowDefinition } from './types';

/** A validation problem placed on the diagram: the activity its JSON path points into, if any. */
export interface PlacedProblem extends ValidationProblem {
  activityId: string | null;
}

const activityPath = /^\$\.root\.activities\[(\d+)\]/;
const connectionPath = /^\$\.root\.connections\[(\d+)\]/;

export function activityOfPath(definition: WorkflowDefinition, path: string): string | null {
  const activity = activityPath.exec(path);
  if (activity?.[1] !== undefined) {
    return definition.root.activities[Number(activity[1])]?.id ?? null;
  }
  const connection = connectionPath.exec(path);
  if (connection?.[1] !== undefined) {
    return definition.root.connections[Number(connection[1])]?.source.activity ?? null;
  }
  return null;
}

export function placeProblems(definition: WorkflowDefinition, problems: readonly ValidationProblem[]): PlacedProblem[] {
  return problems.map((problem) => ({ ...problem, activityId: activityOfPath(definition, problem.path) }));
}

/** The messages per activity, for the badges on the nodes. */
export function problemsByActivity(placed: readonly PlacedProblem[]): Map<string, string[]> {
  const byActivity = new Map<string, string[]>();
  for (const problem of placed) {
    if (problem.activityId !== null) {
      byActivity.set(problem.activityId, [...(byActivity.get(problem.activityId) ?? []), problem.message]);
    }
  }
  return byActivity;
}

/** A server problem+json (a refused publish) as validation problems, so they land on the nodes like the others. */
export function problemsOfProblemDetails(problem: Problem): ValidationProblem[] {
  const entries = Object.entries(problem.errors ?? {});
  if (entries.length === 0) {
    return [{ path: '$', message: problem.detail ?? problem.title ?? 'The server refused the definition.', severity: 'Error' }];
  }
  return entries.flatMap(([path, messages]) => messages.map((message) => ({ path, message, severity: 'Error' })));
}

/** The new messages per activity, reusing the old array where nothing changed (so those nodes do not redraw). */
export function keepUnchanged(previous: ReadonlyMap<string, readonly string[]>, next: ReadonlyMap<string, readonly string[]>): Map<string, readonly string[]> {
  const kept = new Map<string, readonly string[]>();
  for (const [id, messages] of next) {
    const old = previous.get(id);
    kept.set(id, old && old.join('\n') === messages.join('\n') ? old : messages);
  }
  return kept;
}
