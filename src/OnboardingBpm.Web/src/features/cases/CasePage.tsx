import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import type { Me } from '../../app/navigation';
import { ApiError } from '../../api/problems';
import { navigate } from '../../app/router';
import { when } from './format';
import { mergeTimeline } from './timeline';
import { TicketTable } from './TicketList';
import type { AuditEntry, CaseDetail, Page, SurveyAnswer, Ticket } from './types';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'failed'; message: string }
  | { kind: 'loaded'; detail: CaseDetail; tickets: Ticket[]; answers: SurveyAnswer[]; audit: AuditEntry[] };

async function loadCase(api: Api, me: Me, caseId: string): Promise<Loaded> {
  const id = encodeURIComponent(caseId);
  try {
    const detail = await api.get<CaseDetail>(`/api/cases/${id}`);
    const [tickets, answers, audit] = await Promise.all([
      api.get<Page<Ticket>>(`/api/tickets?customerId=${encodeURIComponent(detail.case.customerId)}&take=100`),
      api.get<SurveyAnswer[]>(`/api/cases/${id}/survey-answers`),
      // Only admins may read the audit log (Policies.Administer); others see the case's own timeline.
      me.roles.includes('Admin')
        ? api.get<Page<AuditEntry>>(`/api/audit?resourceKind=case&resourceId=${id}&take=200`)
        : Promise.resolve<Page<AuditEntry>>({ items: [], total: 0 }),
    ]);
    return { kind: 'loaded', detail, tickets: tickets.items, answers, audit: audit.items };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return { kind: 'not-found' };
    }
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** One case: phase, health, status, dates, timeline, tickets, survey answers. Outside the caller's segments: not found. */
export function CasePage({ api, me, caseId }: { api: Api; me: Me; caseId: string }) {
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    void loadCase(api, me, caseId).then((loaded) => { if (current) { setState(loaded); } });
    return () => { current = false; };
  }, [api, me, caseId]);

  const back = <a href="/cases" onClick={(e) => { e.preventDefault(); navigate('/cases'); }}>← All cases</a>;
  switch (state.kind) {
    case 'loading':
      return <p>Loading…</p>;
    case 'not-found':
      return (
        <section className="not-found">
          <h2>Case not found</h2>
          <p>There is no case {caseId} among the cases you may see.</p>
          {back}
        </section>
      );
    case 'failed':
      return <section>{back}<p role="alert" className="form-error">{state.message}</p></section>;
    case 'loaded': {
      const c = state.detail.case;
      return (
        <article className="case-page" aria-label={`Case ${c.id}`}>
          {back}
          <h2>Case {c.id}</h2>
          <dl className="case-facts">
            <dt>Segment</dt><dd>{c.segment}</dd>
            <dt>Phase</dt><dd>{c.phase}</dd>
            <dt>Status</dt><dd>{c.status}{c.isEscalated && c.status !== 'Escalated' ? ' (escalated)' : ''}</dd>
            <dt>Health score</dt><dd className={c.healthScore < 70 ? 'overdue' : ''}>{c.healthScore}</dd>
            <dt>Submitted</dt><dd>{when(c.submittedAt)}</dd>
            <dt>In CRM</dt><dd>{when(c.createdInCrmAt)}</dd>
            <dt>First contact</dt><dd>{when(c.firstContactAt)}</dd>
            <dt>Resolved</dt><dd>{when(c.resolvedAt)}</dd>
            <dt>Active</dt><dd>{when(c.activeAt)}</dd>
          </dl>
          <h3>Timeline</h3>
          <ol className="timeline" aria-label="Timeline">
            {mergeTimeline(state.detail.timeline, state.audit).map((row, i) => (
              <li key={i}><span className="meta">{when(row.at)} · {row.source} · {row.actor}</span> {row.text}</li>
            ))}
          </ol>
          <h3>Tickets</h3>
          {state.tickets.length === 0 ? <p className="empty">No tickets.</p> : <TicketTable label="Tickets of this customer" tickets={state.tickets} />}
          <h3>Survey answers</h3>
          {state.answers.length === 0 ? <p className="empty">No survey answers.</p> : (
            <ul aria-label="Survey answers">
              {state.answers.map((a, i) => <li key={i}>{a.rating} / 5 · {when(a.answeredAt)}{a.comment ? ` · “${a.comment}”` : ''}</li>)}
            </ul>
          )}
        </article>
      );
    }
  }
}
