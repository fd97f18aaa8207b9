import { useState } from 'react';
import { isExpression, literalEditorOf, toExpression, toLiteral } from './inputValues';
import { expressionTypes, type InputDescriptor } from './types';

interface Props {
  activityId: string;
  input: InputDescriptor;
  value: unknown;
  errors: readonly string[];
  onChange: (value: unknown) => void;
}

const valueMode = 'Value';

/** One input: a literal editor fitted to its type, or an expression whose type the user picks and keeps. */
export function InputEditor({ activityId, input, value, errors, onChange }: Props) {
  const id = `input-${activityId}-${input.name}`;
  const mode = isExpression(value) ? value.expression.type : valueMode;
  const changeMode = (next: string) => {
    if (next === valueMode) {
      onChange(isExpression(value) ? toLiteral(value) : value);
    } else if (isExpression(value)) {
      onChange({ expression: { ...value.expression, type: next } });
    } else {
      onChange(toExpression(value, next));
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{input.displayName}{input.required ? ' *' : ''}</label>
      {input.literalOnly ? null : (
        <select aria-label={`${input.displayName} mode`} value={mode} onChange={(e) => { changeMode(e.target.value); }}>
          <option value={valueMode}>Value</option>
          {expressionTypes.map((t) => <option key={t} value={t}>{t === 'Literal' ? 'Literal (expression)' : t}</option>)}
        </select>
      )}
      {isExpression(value)
        ? value.expression.type === 'Literal'
          ? <JsonEditor id={id} value={value.expression.value} onChange={(v) => { onChange({ expression: { type: 'Literal', value: v ?? null } }); }} />
          : <textarea id={id} className="code" rows={2} value={typeof value.expression.value === 'string' ? value.expression.value : JSON.stringify(value.expression.value)}
            onChange={(e) => { onChange({ expression: { type: value.expression.type, value: e.target.value } }); }} />
        : <LiteralEditor id={id} input={input} value={value} onChange={onChange} />}
      {input.description ? <small className="hint">{input.description}</small> : null}
      {errors.map((message) => <p key={message} className="field-error" role="alert">{message}</p>)}
    </div>
  );
}

function LiteralEditor({ id, input, value, onChange }: { id: string; input: InputDescriptor; value: unknown; onChange: (value: unknown) => void }) {
  const placeholder = input.defaultValue === undefined || input.defaultValue === null ? '' : `default: ${JSON.stringify(input.defaultValue)}`;
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  const set = (next: string) => { onChange(next === '' ? undefined : next); };
  switch (literalEditorOf(input)) {
    case 'checkbox':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => { onChange(e.target.checked); }} />;
    case 'number':
      return <input id={id} type="number" value={text} placeholder={placeholder} onChange={(e) => { onChange(e.target.value === '' ? undefined : Number(e.target.value)); }} />;
    case 'dropdown':
      return (
        <select id={id} value={text} onChange={(e) => { set(e.target.value); }}>
          <option value="">{placeholder || '(default)'}</option>
          {(input.options ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      );
    case 'multiline':
      return <textarea id={id} rows={4} value={text} placeholder={placeholder} onChange={(e) => { set(e.target.value); }} />;
    case 'json':
      return <JsonEditor id={id} value={value} onChange={onChange} />;
    case 'text':
      return <input id={id} type="text" value={text} placeholder={placeholder} onChange={(e) => { set(e.target.value); }} />;
  }
}

/** JSON typed as text; applied when it parses, so a half-typed value never reaches the definition. */
function JsonEditor({ id, value, onChange }: { id: string; value: unknown; onChange: (value: unknown) => void }) {
  const [text, setText] = useState(value === undefined ? '' : JSON.stringify(value, null, 2));
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <textarea id={id} className="code" rows={4} value={text} aria-invalid={error !== null}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setError(null);
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(e.target.value));
            setError(null);
          } catch {
            setError('Not valid JSON yet');
          }
        }} />
      {error ? <small className="field-error">{error}</small> : null}
    </>
  );
}
