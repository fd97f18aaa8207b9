export type FieldType = 'Text' | 'MultilineText' | 'Number' | 'Integer' | 'Boolean' | 'Date' | 'Email' | 'Select';

/** A form field as the server describes it (src/OnboardingBpm.Workflows/HumanTasks/FormField.cs). */
export interface FormField {
  name: string;
  label?: string | null;
  type: FieldType;
  required: boolean;
  options?: string[] | null;
  min?: number | null;
  max?: number | null;
  minLength?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
}

export type TaskStatus = 'Open' | 'Claimed' | 'Completed' | 'Cancelled' | 'Expired';

export interface HumanTask {
  id: string;
  instanceId: string;
  definitionId: string;
  title: string;
  description?: string | null;
  candidateRole?: string | null;
  segment?: string | null;
  assignee?: string | null;
  status: TaskStatus;
  fields: FormField[];
  outcomes: string[];
  dueAt?: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** What the hub pushes when a task is created (RealTime/INotificationClient.cs). */
export interface TaskNotice {
  id: string;
  title: string;
  segment?: string | null;
  candidateRole?: string | null;
  dueAt?: string | null;
  instanceId: string;
}

export type FormValue = string | number | boolean;
export type FormData = Record<string, FormValue | undefined>;
