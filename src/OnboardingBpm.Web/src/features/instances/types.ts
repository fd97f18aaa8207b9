/** The server's InstanceView, journal entries and incidents (src/OnboardingBpm.Server/Features/Instances). */
export type WorkflowStatus = 'Running' | 'Suspended' | 'Finished' | 'Faulted' | 'Cancelled';

export const workflowStatuses: readonly WorkflowStatus[] = ['Running', 'Suspended', 'Finished', 'Faulted', 'Cancelled'];

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Bookmark {
  id: string;
  type: string;
  activityId: string;
  correlationKey: string | null;
  dueAt: string | null;
}

export interface InstanceSummary {
  id: string;
  definitionId: string;
  definitionVersion: number;
  status: WorkflowStatus;
  correlationId: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface Instance {
  id: string;
  definitionId: string;
  definitionVersion: number;
  status: WorkflowStatus;
  correlationId: string | null;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
  variables: Record<string, unknown>;
  bookmarks: Bookmark[];
  faultedActivities: string[];
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export type JournalEventType = 'Completed' | 'Suspended' | 'Faulted' | 'RetryScheduled' | 'Cancelled' | 'Log';

export interface JournalEntry {
  sequence: number;
  executionId: string;
  activityId: string;
  activityType: string;
  eventType: JournalEventType;
  startedAt: string;
  completedAt: string;
  durationMs: number;
  outcomes: string[];
  attempt: number;
  message: string | null;
  error: string | null;
}

export interface Incident {
  id: string;
  instanceId: string;
  definitionId: string;
  activityId: string;
  activityType: string;
  message: string;
  errorType: string | null;
  attempts: number;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface DefinitionSummary {
  definitionId: string;
  name: string;
  latestVersion: number | null;
}

/** The part of a definition's JSON the read-only diagram needs. */
export interface FlowDefinition {
  definitionId: string;
  name?: string;
  root: {
    activities: { id: string; type: string; name?: string; position?: { x: number; y: number } }[];
    connections: { source: { activity: string; port?: string }; target: { activity: string } }[];
  };
}
