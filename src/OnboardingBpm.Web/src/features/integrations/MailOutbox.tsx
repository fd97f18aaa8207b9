import { useState } from 'react';
import type { Api } from '../../api/client';
import { ProblemBanner } from '../instances/ProblemBanner';
import { useLoad } from '../instances/useLoad';
import { getMail, listMail, pageSize } from './integrationApi';

/**
 * The embedded outbox: what the workflows sent while no SMTP host is configured. A mail's HTML is untrusted content
 * (it carries customer input), so it is shown in an iframe sandboxed without scripts, forms or same-origin access.
 */
export function MailOutbox({ api, refreshKey }: { api: Api; refreshKey: number }) {
  const [page, setPage] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [view, setView] = useState<'html' | 'text'>('html');
  const mails = useLoad(() => listMail(api, page), [api, page, refreshKey]);
  const open = useLoad(() => (openId ? getMail(api, openId) : Promise.resolve(null)), [api, openId]);
  const mail = open.data;

  return (
    <section className="outbox">
      <h3>Mail outbox</h3>
      <ProblemBanner error={mails.error ?? open.error} />
      <div className="outbox-grid">
        <div>
          <ul className="mail-list" aria-label="Mails">
            {(mails.data ?? []).map((m) => (
              <li key={m.id}>
                <button type="button" className={m.id === openId ? 'selected' : ''} onClick={() => { setOpenId(m.id); }}>
                  <strong>{m.subject}</strong>
                  <span className="meta">to {m.to.join(', ')} · {new Date(m.storedAt).toLocaleString()} · {m.transport}</span>
                </button>
              </li>
            ))}
          </ul>
          {mails.data?.length === 0 ? <p className="empty">The outbox is empty.</p> : null}
          <nav className="pager" aria-label="Mail pages">
            <button type="button" disabled={page === 0} onClick={() => { setPage(page - 1); }}>Newer</button>
            <span>Page {page + 1}</span>
            <button type="button" disabled={(mails.data?.length ?? 0) < pageSize} onClick={() => { setPage(page + 1); }}>Older</button>
          </nav>
        </div>
        {mail ? (
          <article className="mail" aria-label="Mail">
            <h4>{mail.summary.subject}</h4>
            <p className="meta">From {mail.from ?? '—'} to {mail.summary.to.join(', ')}{mail.summary.cc.length > 0 ? `, cc ${mail.summary.cc.join(', ')}` : ''}</p>
            {mail.summary.attachments.length > 0 ? <p className="meta">Attachments: {mail.summary.attachments.join(', ')}</p> : null}
            <div role="tablist" className="mail-tabs">
              <button type="button" role="tab" aria-selected={view === 'html'} disabled={!mail.htmlBody} onClick={() => { setView('html'); }}>HTML</button>
              <button type="button" role="tab" aria-selected={view === 'text'} onClick={() => { setView('text'); }}>Text</button>
            </div>
            {view === 'html' && mail.htmlBody
              ? <iframe title="Mail HTML" sandbox="" srcDoc={mail.htmlBody} className="mail-html" referrerPolicy="no-referrer" />
              : <pre className="mail-text">{mail.textBody ?? '(no text part)'}</pre>}
          </article>
        ) : <p className="hint">Open a mail to read it.</p>}
      </div>
    </section>
  );
}
