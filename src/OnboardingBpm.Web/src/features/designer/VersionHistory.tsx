import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import { designerApi } from './designerApi';
import type { VersionInfo } from './types';

interface Props {
  api: Api;
  definitionId: string;
  refreshKey: number;
  onOpen: (version: number) => void;
}

/** Published versions and how many instances still run on each (running, suspended or faulted). */
export function VersionHistory({ api, definitionId, refreshKey, onOpen }: Props) {
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    designerApi.versions(api, definitionId).then(
      (v) => { if (live) { setVersions(v); setError(null); } },
      (e: unknown) => { if (live) { setVersions([]); setError(e instanceof Error && !e.message.includes('no versions') ? e.message : null); } },
    );
    return () => { live = false; };
  }, [api, definitionId, refreshKey]);
  if (versions === null) {
    return <p className="hint">Loading versions…</p>;
  }
  return (
    <section aria-label="Version history">
      <h2>Versions</h2>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {versions.length === 0 ? <p className="hint">Not published yet.</p> : (
        <table className="versions">
          <thead><tr><th>Version</th><th>Status</th><th>Published</th><th title="Running, suspended or faulted instances on this version">Running</th><th /></tr></thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <td>v{v.version}</td>
                <td>{v.status}</td>
                <td title={v.publishedBy ? `by ${v.publishedBy}` : undefined}>{new Date(v.publishedAt).toLocaleString()}</td>
                <td>{v.runningInstances}</td>
                <td><button type="button" onClick={() => { onOpen(v.version); }}>Open</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
