import { useState } from 'react';
import type { Edit } from './Canvas';
import { setVariables } from './edits';
import { valueTypes, type Variable } from './types';

/** The workflow's variables: name, type and a JSON default. */
export function VariablesEditor({ variables, edit }: { variables: readonly Variable[]; edit: Edit }) {
  const [name, setName] = useState('');
  const change = (index: number, next: Variable, key: string) => {
    edit((d) => setVariables(d, (d.variables ?? []).map((v, i) => (i === index ? next : v))), `variables[${index}].${key}`);
  };
  return (
    <section className="variables" aria-label="Variables">
      <h2>Variables</h2>
      <table>
        <thead><tr><th>Name</th><th>Type</th><th>Default (JSON)</th><th /></tr></thead>
        <tbody>
          {variables.map((v, index) => (
            <tr key={index}>
              <td><input aria-label="Variable name" value={v.name} onChange={(e) => { change(index, { ...v, name: e.target.value }, 'name'); }} /></td>
              <td>
                <select aria-label={`Type of ${v.name}`} value={v.type ?? 'Any'} onChange={(e) => { change(index, { ...v, type: e.target.value }, 'type'); }}>
                  {valueTypes.map((t) => <option key={t}>{t}</option>)}
                </select>
              </td>
              <td><DefaultEditor variable={v} onChange={(next) => { change(index, next, 'default'); }} /></td>
              <td>
                <button type="button" aria-label={`Remove ${v.name}`}
                  onClick={() => { edit((d) => setVariables(d, (d.variables ?? []).filter((_, i) => i !== index))); }}>✕</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) {
          const added: Variable = { name: name.trim(), type: 'Any' };
          edit((d) => setVariables(d, [...(d.variables ?? []), added]));
          setName('');
        }
      }}>
        <input aria-label="New variable" placeholder="New variable" value={name} onChange={(e) => { setName(e.target.value); }} />
        <button type="submit">Add variable</button>
      </form>
    </section>
  );
}

function DefaultEditor({ variable, onChange }: { variable: Variable; onChange: (next: Variable) => void }) {
  const [text, setText] = useState(variable.default === undefined ? '' : JSON.stringify(variable.default));
  const [bad, setBad] = useState(false);
  return (
    <input aria-label={`Default of ${variable.name}`} value={text} aria-invalid={bad} onChange={(e) => {
      setText(e.target.value);
      if (e.target.value.trim() === '') {
        const rest: Variable = { ...variable };
        delete rest.default;
        setBad(false);
        onChange(rest);
        return;
      }
      try {
        onChange({ ...variable, default: JSON.parse(e.target.value) as unknown });
        setBad(false);
      } catch {
        setBad(true);
      }
    }} />
  );
}
