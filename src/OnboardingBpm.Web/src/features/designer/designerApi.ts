import type { Api } from '../../api/client';
import type { ActivityDescriptor, DefinitionResponse, DefinitionSummary, ValidationProblem, VersionInfo, WorkflowDefinition } from './types';

const base = '/api/workflow-definitions';
const enc = encodeURIComponent;

export interface SaveResponse { definitionId: string; isValid: boolean; problems: ValidationProblem[] }
export interface PublishResponse { definitionId: string; version: number; outcome: string; warnings: ValidationProblem[] }

export const designerApi = {
  descriptors: (api: Api) => api.get<ActivityDescriptor[]>('/api/activity-descriptors'),
  list: (api: Api) => api.get<DefinitionSummary[]>(`${base}/`),
  get: (api: Api, id: string) => api.get<DefinitionResponse>(`${base}/${enc(id)}`),
  versions: (api: Api, id: string) => api.get<VersionInfo[]>(`${base}/${enc(id)}/versions`),
  version: (api: Api, id: string, version: number) => api.get<WorkflowDefinition>(`${base}/${enc(id)}/export?version=${version}`),
  validate: (api: Api, definition: WorkflowDefinition) => api.post<{ isValid: boolean; problems: ValidationProblem[] }>(`${base}/validate`, definition),
  saveDraft: (api: Api, definition: WorkflowDefinition) => api.post<SaveResponse>(`${base}/`, definition),
  publish: (api: Api, id: string) => api.post<PublishResponse>(`${base}/${enc(id)}/publish`),
  start: (api: Api, id: string) => api.post<{ id: string }>('/api/workflow-instances', { definitionId: id }),
};
