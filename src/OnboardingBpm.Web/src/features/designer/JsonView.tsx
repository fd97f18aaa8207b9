import { useState } from 'react';
import type { WorkflowDefinition } from './types';
import { parseDefinition } from './definitionFile';

/** The definition as its file; edits apply when the text parses as a definition. */
export function JsonView({ definition, onApply }: { definition: WorkflowDefinition; onApply: (next: WorkflowDefinition) => void }) {
  const [text, setText] = useState(() => JSON.stringify(definition, null, 2));
  const [shown, setShown] = useState({ definition, dirty: false });
  const [error, setError] = useState<string | null>(null);
  // Follow edits made on the canvas meanwhile, unless the user is typing here.
  if (shown.definition !== definition && !shown.dirty) {
    setShown({ definition, dirty: false });
    setText(JSON.stringify(definition, null, 2));
  }
  return (
    <section className="json-view" aria-label="JSON">
      <textarea aria-label="Definition JSON" className="code" value={text} spellCheck={false} onChange={(e) => { setText(e.target.value); setShown({ definition, dirty: true }); }} />
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <button type="button" onClick={() => {
        const parsed = parseDefinition(text);
        if (typeof parsed === 'string') {
          setError(parsed);
        } else {
          setError(null);
          setShown({ definition: parsed, dirty: false });
          onApply(parsed);
        }
      }}>Apply JSON</button>
    </section>
  );
}
