import type { WorkflowDefinition } from './types';

/** Reads a definition file's text; returns a message instead when it is not one. */
export function parseDefinition(text: string): WorkflowDefinition | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return `Not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return 'A definition is a JSON object.';
  }
  const candidate = parsed as Partial<WorkflowDefinition>;
  if (typeof candidate.definitionId !== 'string') {
    return 'definitionId is missing.';
  }
  const root = candidate.root;
  if (!root || !Array.isArray(root.activities)) {
    return 'root.activities is missing.';
  }
  return { ...candidate, name: candidate.name ?? candidate.definitionId, root: { ...root, connections: Array.isArray(root.connections) ? root.connections : [] } } as WorkflowDefinition;
}

export function emptyDefinition(definitionId: string, name: string): WorkflowDefinition {
  return { definitionId, name, variables: [], root: { type: 'Flowchart', activities: [], connections: [] } };
}

/** Offers the definition as a download named like the files under workflows/. */
export function download(definition: WorkflowDefinition): void {
  const blob = new Blob([JSON.stringify(definition, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${definition.definitionId}.json`;
  link.click();
  URL.revokeObjectURL(url);
}
