import type { Api } from '../../api/client';
import type { Incident } from '../instances/types';
import type { Alert, IntegrationRun, MailSummary, MailView, StatusReport, VendorStatus } from './types';

export const pageSize = 20;

const paging = (page: number) => `skip=${String(page * pageSize)}&take=${String(pageSize)}`;

export const getStatus = (api: Api) => api.get<StatusReport>('/api/integrations');

export const listSimulators = (api: Api) => api.get<VendorStatus[]>('/api/integrations/simulators');

export const listRuns = (api: Api, page: number) => api.get<IntegrationRun[]>(`/api/integration-runs?${paging(page)}`);

export const listOpenIncidents = (api: Api) => api.get<Incident[]>('/api/incidents?openOnly=true');

export const listAlerts = (api: Api, page: number) => api.get<Alert[]>(`/api/alerts?${paging(page)}`);

export const acknowledgeAlert = (api: Api, alertId: string) => api.post<undefined>(`/api/alerts/${encodeURIComponent(alertId)}/acknowledge`);

export const listMail = (api: Api, page: number) => api.get<MailSummary[]>(`/api/mail?${paging(page)}`);

export const getMail = (api: Api, mailId: string) => api.get<MailView>(`/api/mail/${encodeURIComponent(mailId)}`);
