import { InputEditor } from './InputEditor';
import type { PlacedProblem } from './problems';
import { setInput, updateActivity } from './edits';
import type { Edit } from './Canvas';
import type { Activity, ActivityDescriptor, Variable } from './types';

interface Props {
  activity: Activity;
  descriptor: ActivityDescriptor | undefined;
  variables: readonly Variable[];
  problems: readonly PlacedProblem[];
  edit: Edit;
}

function inputValue(activity: Activity, name: string): unknown {
  const key = Object.keys(activity.inputs ?? {}).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : activity.inputs?.[key];
}

function errorsOf(problems: readonly PlacedProblem[], name: string): string[] {
  const suffix = `.inputs.${name}`.toLowerCase();
  return problems.filter((p) => p.path.toLowerCase().endsWith(suffix)).map((p) => p.message);
}

/** The selected activity's form, generated from its descriptor's inputs and outputs. */
export function PropertyPanel({ activity, descriptor, variables, problems, edit }: Props) {
  const id = activity.id;
  const inputNames = new Set(descriptor?.inputs.map((i) => i.name.toLowerCase()));
  const general = problems.filter((p) => !inputNames.has(p.path.split('.inputs.')[1]?.toLowerCase() ?? ''));
  return (
    <section className="properties" aria-label="Properties">
      <h2>{descriptor?.displayName ?? activity.type}</h2>
      <p className="hint">{descriptor?.description ?? `No activity type ${activity.type} is registered.`}</p>
      <div className="field">
        <label htmlFor={`name-${id}`}>Name</label>
        <input id={`name-${id}`} type="text" value={activity.name ?? ''}
          onChange={(e) => { const name = e.target.value; edit((d) => updateActivity(d, id, (a) => ({ ...a, name })), `${id}.name`); }} />
        <small className="hint">id: {id}</small>
      </div>
      {general.map((p) => <p key={p.path + p.message} className="field-error" role="alert">{p.message}</p>)}
      {descriptor?.inputs.map((input) => (
        <InputEditor key={input.name} activityId={id} input={input} value={inputValue(activity, input.name)} errors={errorsOf(problems, input.name)}
          onChange={(value) => { edit((d) => setInput(d, id, input.name, value), `${id}.inputs.${input.name}`); }} />
      ))}
      {descriptor && descriptor.outputs.length > 0 ? <h3>Outputs</h3> : null}
      {descriptor?.outputs.map((output) => (
        <div className="field" key={output.name}>
          <label htmlFor={`output-${id}-${output.name}`}>{output.name} → variable</label>
          <select id={`output-${id}-${output.name}`} value={activity.outputs?.[output.name] ?? ''}
            onChange={(e) => {
              const variable = e.target.value;
              edit((d) => updateActivity(d, id, (a) => {
                const outputs = { ...(a.outputs ?? {}) };
                if (variable) {
                  outputs[output.name] = variable;
                } else {
                  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- outputs is a plain record keyed by output name
                  delete outputs[output.name];
                }
                return { ...a, outputs };
              }));
            }}>
            <option value="">(not kept)</option>
            {variables.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
          </select>
        </div>
      ))}
    </section>
  );
}
