import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import { navigate } from '../../app/router';
import { designerApi } from './designerApi';
import { emptyDefinition } from './definitionFile';
import type { DefinitionSummary } from './types';

/** The workflows to open, and a new one to start from an empty flowchart. */
export function DefinitionList({ api }: { api: Api }) {
  const [definitions, setDefinitions] = useState<DefinitionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    designerApi.list(api).then((d) => { if (live) { setDefinitions(d); } }, (e: unknown) => { if (live) { setError(e instanceof Error ? e.message : String(e)); } });
    return () => { live = false; };
  }, [api]);

  return (
    <section className="definition-list" aria-label="Workflows">
      <h2>Workflows</h2>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <form className="new-workflow" onSubmit={(e) => {
        e.preventDefault();
        const definitionId = id.trim();
        designerApi.saveDraft(api, emptyDefinition(definitionId, name.trim() || definitionId)).then(
          () => { navigate(`/designer/${encodeURIComponent(definitionId)}`); },
          (err: unknown) => { setError(err instanceof Error ? err.message : String(err)); },
        );
      }}>
        <input aria-label="New workflow id" placeholder="new-workflow-id" value={id} required onChange={(e) => { setId(e.target.value); }} />
        <input aria-label="New workflow name" placeholder="Name" value={name} onChange={(e) => { setName(e.target.value); }} />
        <button type="submit">New workflow</button>
      </form>
      {definitions === null ? <p className="hint">Loading…</p> : (
        <table>
          <thead><tr><th>Workflow</th><th>Id</th><th>Latest</th><th>Published</th><th>Draft</th></tr></thead>
          <tbody>
            {definitions.map((d) => (
              <tr key={d.definitionId}>
                <td>
                  <a href={`/designer/${encodeURIComponent(d.definitionId)}`}
                    onClick={(e) => { e.preventDefault(); navigate(`/designer/${encodeURIComponent(d.definitionId)}`); }}>{d.name}</a>
                </td>
                <td><code>{d.definitionId}</code></td>
                <td>{d.latestVersion ?? '—'}</td>
                <td>{d.publishedVersion ?? '—'}</td>
                <td>{d.hasDraft ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
