import type { XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Api } from '../../api/client';
import { Canvas } from './Canvas';
import { download, parseDefinition } from './definitionFile';
import { addActivity, copySelection, moveActivities, paste, type Clip } from './edits';
import { JsonView } from './JsonView';
import { Palette } from './Palette';
import { ProblemsList } from './ProblemsList';
import { PropertyPanel } from './PropertyPanel';
import { useDesignerCommands } from './useDesignerCommands';
import { useDesignerKeys } from './useDesignerKeys';
import { useDefinitionHistory, useValidation } from './useDesignerState';
import { VariablesEditor } from './VariablesEditor';
import { VersionHistory } from './VersionHistory';
import type { ActivityDescriptor, WorkflowDefinition } from './types';

declare global {
  interface Window {
    /** performance.now() when the canvas first showed every node measured and ready for input (read by the browser test). */
    __designerReadyAt?: number;
  }
}

type Panel = 'properties' | 'variables' | 'versions' | 'json';
const panels: [Panel, string][] = [['properties', 'Properties'], ['variables', 'Variables'], ['versions', 'Versions'], ['json', 'JSON']];

interface Props {
  api: Api;
  initial: WorkflowDefinition;
  descriptors: ActivityDescriptor[];
  onOpenVersion: (version: number) => void;
}

function freePosition(definition: WorkflowDefinition): XYPosition {
  const positions = definition.root.activities.flatMap((a) => (a.position ? [a.position] : []));
  return positions.length === 0 ? { x: 0, y: 0 } : { x: Math.max(...positions.map((p) => p.x)) + 240, y: positions[positions.length - 1]?.y ?? 0 };
}

/** The designer for one definition: palette, canvas, side panels, problems, and the commands on top. */
export function DesignerEditor({ api, initial, descriptors, onOpenVersion }: Props) {
  const { definition, edit, undo, redo, canUndo, canRedo } = useDefinitionHistory(initial);
  const byType = useMemo(() => new Map(descriptors.map((d) => [d.type, d])), [descriptors]);
  const validation = useValidation(api, definition);
  const [versionsKey, setVersionsKey] = useState(0);
  const onPublished = useCallback(() => { setVersionsKey((k) => k + 1); }, []);
  const commands = useDesignerCommands(api, definition, validation.show, onPublished);
  const { setBanner } = commands;
  const [selected, setSelected] = useState<string[]>([]);
  const [focus, setFocus] = useState<{ id: string; at: number } | null>(null);
  const [panel, setPanel] = useState<Panel>('properties');
  const [ready, setReady] = useState(false);
  const clip = useRef<Clip | null>(null);

  const jump = useCallback((id: string) => { setFocus({ id, at: performance.now() }); setPanel('properties'); }, []);
  const addAt = useCallback((type: string, position: XYPosition) => {
    const descriptor = byType.get(type);
    if (descriptor) {
      edit((d) => addActivity(d, descriptor, position).definition);
    }
  }, [byType, edit]);
  const addByClick = useCallback((type: string) => {
    const descriptor = byType.get(type);
    if (descriptor) {
      const added = addActivity(definition, descriptor, freePosition(definition));
      edit(() => added.definition);
      jump(added.id);
    }
  }, [byType, definition, edit, jump]);
  const copy = useCallback(() => {
    if (selected.length > 0) {
      clip.current = copySelection(definition, new Set(selected));
      setBanner({ kind: 'ok', text: `Copied ${selected.length} activit${selected.length === 1 ? 'y' : 'ies'}.` });
    }
  }, [definition, selected, setBanner]);
  const pasteClip = useCallback(() => {
    const copied = clip.current;
    if (copied) {
      edit((d) => paste(d, copied).definition);
    }
  }, [edit]);
  useDesignerKeys({ undo, redo, copy, paste: pasteClip });
  const onReady = useCallback(() => {
    window.__designerReadyAt = performance.now();
    setReady(true);
  }, []);

  const one = selected.length === 1 ? definition.root.activities.find((a) => a.id === selected[0]) : undefined;
  const errors = validation.problems.filter((p) => p.severity !== 'Warning').length;

  return (
    <div className="designer" data-ready={ready ? 'true' : 'false'}>
      <div className="designer-toolbar" role="toolbar" aria-label="Designer">
        <input aria-label="Workflow name" className="workflow-name" value={definition.name}
          onChange={(e) => { const name = e.target.value; edit((d) => ({ ...d, name }), 'name'); }} />
        <code>{definition.definitionId}</code>
        <button type="button" onClick={undo} disabled={!canUndo} title="Ctrl+Z">Undo</button>
        <button type="button" onClick={redo} disabled={!canRedo} title="Ctrl+Shift+Z">Redo</button>
        <button type="button" onClick={() => {
          // dagre loads with the first layout: opening a workflow never needs it.
          void import('./layout').then(({ autoLayout }) => { edit((d) => moveActivities(d, autoLayout(d))); commands.fitLater(); });
        }}>Auto layout</button>
        <button type="button" onClick={copy} disabled={selected.length === 0} title="Ctrl+C">Copy</button>
        <button type="button" onClick={pasteClip} title="Ctrl+V">Paste</button>
        <label className="file-button">Import<input type="file" accept=".json,application/json" aria-label="Import file" onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          void file?.text().then((text) => {
            const parsed = parseDefinition(text);
            if (typeof parsed === 'string') {
              commands.setBanner({ kind: 'error', text: `Import failed: ${parsed}` });
            } else {
              edit(() => parsed);
              commands.fitLater();
              commands.setBanner({ kind: 'ok', text: `Imported ${file.name}: save the draft to keep it.` });
            }
          });
        }} /></label>
        <button type="button" onClick={() => { download(definition); }}>Export</button>
        <span className="spacer" />
        <button type="button" disabled={commands.busy} onClick={() => { void commands.saveDraft(); }}>Save draft</button>
        <button type="button" className="primary" disabled={commands.busy} onClick={() => { void commands.publish(); }}>Publish</button>
        <button type="button" disabled={commands.busy} onClick={() => { void commands.start(); }}>Start instance</button>
      </div>
      {commands.banner ? (
        <div className={`designer-banner ${commands.banner.kind}`} role={commands.banner.kind === 'error' ? 'alert' : 'status'}>
          {commands.banner.text}
          <button type="button" aria-label="Dismiss" onClick={() => { commands.setBanner(null); }}>✕</button>
        </div>
      ) : null}
      <div className="designer-body">
        <Palette descriptors={descriptors} onAdd={addByClick} />
        <Canvas definition={definition} descriptors={byType} problems={validation.byActivity} edit={edit}
          onAdd={addAt} onSelect={setSelected} focus={focus} onReady={onReady} />
        <div className="designer-side">
          <div className="tabs" role="tablist">
            {panels.map(([id, title]) => (
              <button key={id} type="button" role="tab" aria-selected={panel === id} onClick={() => { setPanel(id); }}>{title}</button>
            ))}
          </div>
          <div className="panel">
            {panel === 'properties' ? (one
              ? <PropertyPanel key={one.id} activity={one} descriptor={byType.get(one.type)} variables={definition.variables ?? []}
                problems={validation.problems.filter((p) => p.activityId === one.id)} edit={edit} />
              : <p className="hint">{selected.length > 1 ? `${selected.length} activities selected.` : 'Select an activity to edit its properties.'}</p>) : null}
            {panel === 'variables' ? <VariablesEditor variables={definition.variables ?? []} edit={edit} /> : null}
            {panel === 'versions' ? <VersionHistory api={api} definitionId={definition.definitionId} refreshKey={versionsKey} onOpen={onOpenVersion} /> : null}
            {panel === 'json' ? <JsonView definition={definition} onApply={(next) => { edit(() => next); }} /> : null}
          </div>
          <section className="problems-panel" aria-label="Validation">
            <h2>Problems {validation.checked ? `(${errors})` : '…'}</h2>
            <ProblemsList problems={validation.problems} onJump={jump} />
          </section>
        </div>
      </div>
    </div>
  );
}
