import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import { navigate } from '../../app/router';
import { DefinitionList } from './DefinitionList';
import { DesignerEditor } from './DesignerEditor';
import { designerApi } from './designerApi';
import type { WorkflowDefinition } from './types';
import { useDescriptors } from './useDesignerState';

/** /designer lists the workflows; /designer/{id} opens the draft, else the newest version. */
export function DesignerScreen({ api, path }: { api: Api; path: string }) {
  const id = decodeURIComponent(path.slice('/designer/'.length));
  return path.startsWith('/designer/') && id ? <DesignerLoader key={id} api={api} definitionId={id} /> : <DefinitionList api={api} />;
}

interface Opened {
  definition: WorkflowDefinition;
  label: string;
  key: number;
}

function DesignerLoader({ api, definitionId }: { api: Api; definitionId: string }) {
  const descriptors = useDescriptors(api);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    designerApi.get(api, definitionId).then((response) => {
      performance.mark('designer:definition-loaded');
      const definition = response.draft ?? response.latest;
      if (!live) {
        return;
      }
      if (definition) {
        setOpened({ definition, label: response.draft ? 'draft' : `version ${response.latestVersion ?? ''}`, key: 0 });
      } else {
        setError(`Workflow ${definitionId} has nothing to open.`);
      }
    }, (e: unknown) => { if (live) { setError(e instanceof Error ? e.message : String(e)); } });
    return () => { live = false; };
  }, [api, definitionId]);

  const openVersion = (version: number) => {
    designerApi.version(api, definitionId, version).then(
      (definition) => { setOpened((o) => ({ definition, label: `version ${version} (saving makes it the draft)`, key: (o?.key ?? 0) + 1 })); },
      (e: unknown) => { setError(e instanceof Error ? e.message : String(e)); },
    );
  };

  if (error) {
    return (
      <section>
        <p className="form-error" role="alert">{error}</p>
        <button type="button" onClick={() => { navigate('/designer'); }}>All workflows</button>
      </section>
    );
  }
  if (!opened || !descriptors) {
    return <p className="hint">Opening {definitionId}…</p>;
  }
  return (
    <ReactFlowProvider>
      <p className="designer-crumb">
        <a href="/designer" onClick={(e) => { e.preventDefault(); navigate('/designer'); }}>Workflows</a> / {definitionId} · {opened.label}
      </p>
      <DesignerEditor key={opened.key} api={api} initial={opened.definition} descriptors={descriptors} onOpenVersion={openVersion} />
    </ReactFlowProvider>
  );
}
