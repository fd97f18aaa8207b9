import { useReactFlow } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { Api } from '../../api/client';
import { ApiError } from '../../api/problems';
import { designerApi } from './designerApi';
import { problemsOfProblemDetails } from './problems';
import type { ValidationProblem, WorkflowDefinition } from './types';

export interface Banner {
  kind: 'ok' | 'error';
  text: string;
}

/** Save, publish and start: each shows the server's answer, and a refusal's problem+json on the nodes. */
export function useDesignerCommands(api: Api, definition: WorkflowDefinition, show: (problems: ValidationProblem[]) => void, onPublished: () => void) {
  const [banner, setBanner] = useState<Banner | null>(null);
  const [busy, setBusy] = useState(false);
  const flow = useReactFlow();

  const fail = useCallback((action: string, error: unknown) => {
    if (error instanceof ApiError) {
      const problems = problemsOfProblemDetails(error.problem);
      if (error.problem.errors) {
        show(problems);
      }
      setBanner({ kind: 'error', text: `${action}: ${error.problem.detail ?? error.problem.title ?? error.message}${error.problem.errors ? ` (${problems.length} problem${problems.length === 1 ? '' : 's'}, see the list)` : ''}` });
    } else {
      setBanner({ kind: 'error', text: `${action}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }, [show]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }, []);

  const saveDraft = useCallback(() => run(async () => {
    try {
      const saved = await designerApi.saveDraft(api, definition);
      show(saved.problems);
      const errors = saved.problems.filter((p) => p.severity !== 'Warning').length;
      setBanner(errors === 0 ? { kind: 'ok', text: 'Draft saved.' } : { kind: 'error', text: `Draft saved with ${errors} problem${errors === 1 ? '' : 's'}: it cannot be published yet.` });
    } catch (e) {
      fail('Save failed', e);
    }
  }), [api, definition, show, fail, run]);

  const publish = useCallback(() => run(async () => {
    try {
      await designerApi.saveDraft(api, definition);
      const published = await designerApi.publish(api, definition.definitionId);
      setBanner({ kind: 'ok', text: published.outcome === 'Unchanged' ? `Unchanged: version ${published.version} is the same.` : `Published version ${published.version}.` });
      onPublished();
    } catch (e) {
      fail('Publish refused', e);
    }
  }), [api, definition, fail, run, onPublished]);

  const start = useCallback(() => run(async () => {
    try {
      const instance = await designerApi.start(api, definition.definitionId);
      setBanner({ kind: 'ok', text: `Started instance ${instance.id}.` });
      onPublished();
    } catch (e) {
      fail('Start failed', e);
    }
  }), [api, definition.definitionId, fail, run, onPublished]);

  const fitLater = useCallback(() => {
    window.requestAnimationFrame(() => { void flow.fitView({ duration: 200 }); });
  }, [flow]);

  return { banner, setBanner, busy, saveDraft, publish, start, fitLater };
}
