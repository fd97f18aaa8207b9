/** The server's integration views (src/OnboardingBpm.Server/Features/Integrations). */
export interface VendorStatus {
  vendor: string;
  mode: string;
  address: string;
}

export interface StatusReport {
  simulated: boolean;
  vendors: VendorStatus[];
  mail: string;
  salesforceUsage: { used: number | null; limit: number | null; readAt: string | null };
}

export type RunStatus = 'Succeeded' | 'Inconsistent' | 'Failed';

export interface IntegrationRun {
  id: string;
  kind: string;
  startedAt: string;
  completedAt: string | null;
  status: RunStatus;
  instanceId: string | null;
  summary: Record<string, unknown> | null;
  error: string | null;
}

export type AlertSeverity = 'Info' | 'Warning' | 'Critical';

export interface Alert {
  id: string;
  kind: string;
  severity: AlertSeverity;
  audience: string;
  title: string;
  detail: string | null;
  instanceId: string | null;
  incidentId: string | null;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

export interface MailSummary {
  id: string;
  storedAt: string;
  transport: string;
  subject: string;
  to: string[];
  cc: string[];
  category: string | null;
  instanceId: string | null;
  attachments: string[];
}

export interface MailView {
  summary: MailSummary;
  from: string | null;
  textBody: string | null;
  htmlBody: string | null;
}
