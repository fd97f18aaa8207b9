import type { Api } from '../../api/client';
import { instanceQuery, type InstanceFilters } from './filters';
import type { DefinitionSummary, FlowDefinition, Incident, Instance, InstanceSummary, JournalEntry, Page } from './types';

const id = encodeURIComponent;

export const listInstances = (api: Api, filters: InstanceFilters, page: number) =>
  api.get<Page<InstanceSummary>>(`/api/workflow-instances?${instanceQuery(filters, page)}`);

export const listDefinitions = (api: Api) => api.get<DefinitionSummary[]>('/api/workflow-definitions');

export const getInstance = (api: Api, instanceId: string) => api.get<Instance>(`/api/workflow-instances/${id(instanceId)}`);

/** The version the instance runs, not the newest one: the diagram must match the journal's activity ids. */
export const getDefinitionVersion = (api: Api, definitionId: string, version: number) =>
  api.get<FlowDefinition>(`/api/workflow-definitions/${id(definitionId)}/export?version=${String(version)}`);

export const getJournal = (api: Api, instanceId: string) =>
  api.get<Page<JournalEntry>>(`/api/workflow-instances/${id(instanceId)}/journal?take=1000`);

export const listIncidents = (api: Api, instanceId: string) =>
  api.get<Incident[]>(`/api/incidents?instanceId=${id(instanceId)}&openOnly=true`);

export const retryIncident = (api: Api, incidentId: string) => api.post<Instance>(`/api/incidents/${id(incidentId)}/retry`);

export const cancelInstance = (api: Api, instanceId: string) => api.post<Instance>(`/api/workflow-instances/${id(instanceId)}/cancel`);
