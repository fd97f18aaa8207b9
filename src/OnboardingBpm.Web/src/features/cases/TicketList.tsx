import { useState } from 'react';
import type { Api } from '../../api/client';
import { when } from './format';
import { ListControls } from './ListControls';
import { listQuery, type ListFilter } from './listQuery';
import { ticketStatuses, type Ticket } from './types';
import { useList } from './useList';

export function TicketList({ api, segments }: { api: Api; segments: readonly string[] }) {
  const [filter, setFilter] = useState<ListFilter>({ segment: '', status: '', page: 0 });
  const { page, error } = useList<Ticket>(api, `/api/tickets?${listQuery(filter)}`);
  return (
    <section className="ticket-list">
      <h2>Tickets</h2>
      <ListControls label="Tickets" filter={filter} segments={segments} statuses={ticketStatuses} total={page?.total ?? null} onChange={setFilter} />
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <TicketTable label="Tickets" tickets={page?.items ?? []} />
      {page?.items.length === 0 ? <p className="empty">No tickets match.</p> : null}
    </section>
  );
}

export function TicketTable({ label, tickets }: { label: string; tickets: readonly Ticket[] }) {
  return (
    <table aria-label={label}>
      <thead><tr><th>Subject</th><th>Segment</th><th>Priority</th><th>Status</th><th>Created</th><th>SLA due</th></tr></thead>
      <tbody>
        {tickets.map((t) => (
          <tr key={t.id}>
            <td>{t.subject ?? t.id}</td><td>{t.segment}</td><td>{t.priority}</td><td>{t.status}</td><td>{when(t.createdAt)}</td><td>{when(t.slaDueAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
