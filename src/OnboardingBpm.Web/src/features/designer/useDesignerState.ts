import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../api/client';
import { designerApi } from './designerApi';
import { record, redo, startHistory, undo, type History } from './history';
import { keepUnchanged, placeProblems, problemsByActivity, type PlacedProblem } from './problems';
import type { ActivityDescriptor, ValidationProblem, WorkflowDefinition } from './types';

/** The definition being edited with its undo history. */
export function useDefinitionHistory(initial: WorkflowDefinition) {
  const [history, setHistory] = useState<History<WorkflowDefinition>>(() => startHistory(initial));
  const edit = useCallback((change: (d: WorkflowDefinition) => WorkflowDefinition, mergeKey?: string) => {
    setHistory((h) => record(h, change(h.present), mergeKey ?? null));
  }, []);
  return {
    definition: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    edit,
    undo: useCallback(() => { setHistory(undo); }, []),
    redo: useCallback(() => { setHistory(redo); }, []),
  };
}

let descriptorCache: Promise<ActivityDescriptor[]> | null = null;

/** The palette: fetched once per page, it only changes when the server is redeployed. */
export function useDescriptors(api: Api): ActivityDescriptor[] | null {
  const [descriptors, setDescriptors] = useState<ActivityDescriptor[] | null>(null);
  useEffect(() => {
    let live = true;
    descriptorCache ??= designerApi.descriptors(api);
    descriptorCache.then((d) => { if (live) { setDescriptors(d); } }, () => { descriptorCache = null; });
    return () => { live = false; };
  }, [api]);
  return descriptors;
}

/**
 * The server's validation of the current definition, asked for a moment after the last edit. Problems from a
 * refused save or publish can be shown in the same place with `show`.
 */
export function useValidation(api: Api, definition: WorkflowDefinition) {
  const [state, setState] = useState<{ problems: PlacedProblem[]; byActivity: ReadonlyMap<string, readonly string[]> } | null>(null);
  const apply = useCallback((checked: WorkflowDefinition, problems: ValidationProblem[]) => {
    setState((previous) => {
      const placed = placeProblems(checked, problems);
      return { problems: placed, byActivity: keepUnchanged(previous?.byActivity ?? new Map(), problemsByActivity(placed)) };
    });
  }, []);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      designerApi.validate(api, definition).then(
        (r) => { if (live) { apply(definition, r.problems); } },
        (e: unknown) => { if (live) { apply(definition, [{ path: '$', message: e instanceof Error ? e.message : 'Validation failed.', severity: 'Error' }]); } },
      );
    }, 250);
    return () => { live = false; window.clearTimeout(timer); };
  }, [api, definition, apply]);
  const show = useCallback((problems: ValidationProblem[]) => { apply(definition, problems); }, [apply, definition]);
  return { problems: state?.problems ?? noPlaced, byActivity: state?.byActivity ?? noProblems, checked: state !== null, show };
}

const noPlaced: PlacedProblem[] = [];
const noProblems: ReadonlyMap<string, readonly string[]> = new Map();
