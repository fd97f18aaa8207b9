/** The workflow definition file (docs/workflow-format.md); unknown properties are kept through every edit. */
export interface Position {
  x: number;
  y: number;
}

export interface Activity {
  id: string;
  type: string;
  name?: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, string>;
  position?: Position;
  [key: string]: unknown;
}

export interface Connection {
  source: { activity: string; port?: string; [key: string]: unknown };
  target: { activity: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface Variable {
  name: string;
  type?: string;
  default?: unknown;
  [key: string]: unknown;
}

export interface Flowchart {
  type: string;
  activities: Activity[];
  connections: Connection[];
  [key: string]: unknown;
}

export interface WorkflowDefinition {
  definitionId: string;
  name: string;
  variables?: Variable[];
  root: Flowchart;
  [key: string]: unknown;
}

/** GET /api/activity-descriptors, built on the server from the C# activity attributes. */
export interface InputDescriptor {
  name: string;
  displayName: string;
  type: string;
  description: string;
  uiHint: string;
  required: boolean;
  defaultValue?: unknown;
  options?: string[] | null;
  defaultSyntax: string;
  literalOnly: boolean;
}

export interface OutputDescriptor {
  name: string;
  type: string;
  description: string;
}

export interface ActivityDescriptor {
  type: string;
  category: string;
  displayName: string;
  description: string;
  canStartWorkflow: boolean;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
  outcomes: string[];
  outcomesFromInput?: string | null;
}

export interface ValidationProblem {
  path: string;
  message: string;
  severity: string;
}

export interface DefinitionSummary {
  definitionId: string;
  name: string;
  description?: string | null;
  latestVersion?: number | null;
  publishedVersion?: number | null;
  hasDraft: boolean;
  updatedAt: string;
}

export interface DefinitionResponse {
  definitionId: string;
  latestVersion?: number | null;
  publishedVersion?: number | null;
  latest?: WorkflowDefinition | null;
  draft?: WorkflowDefinition | null;
}

export interface VersionInfo {
  version: number;
  status: string;
  publishedAt: string;
  publishedBy?: string | null;
  retractedAt?: string | null;
  runningInstances: number;
}

export const expressionTypes = ['JavaScript', 'Variable', 'Template', 'Literal'] as const;
export const valueTypes = ['Any', 'String', 'Number', 'Boolean', 'DateTime', 'Object', 'Array'] as const;
