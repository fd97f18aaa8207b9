import { useState } from 'react';
import type { Api } from '../../api/client';
import { ApiError, fieldErrorsOf, type FieldErrors } from '../../api/problems';
import { toSubmission, validateForm } from './formValidation';
import { completeTask } from './taskApi';
import type { FormData, FormField, HumanTask } from './types';

/** The task's form, drawn from its field descriptions, and one button per outcome. */
export function TaskForm({ task, api, onCompleted }: { task: HumanTask; api: Api; onCompleted: (task: HumanTask, outcome: string) => void }) {
  const [raw, setRaw] = useState<FormData>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const set = (name: string, value: FormData[string]) => {
    setRaw((current) => ({ ...current, [name]: value }));
  };

  async function complete(outcome: string) {
    const data = toSubmission(task.fields, raw);
    const problems = validateForm(task.fields, data);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      return;
    }
    setBusy(true);
    try {
      await completeTask(api, task.id, outcome, data);
      onCompleted(task, outcome);
    } catch (error) {
      setErrors(error instanceof ApiError ? fieldErrorsOf(error.problem) : { '': String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="task-form" noValidate onSubmit={(event) => { event.preventDefault(); }} aria-label={`Form of ${task.title}`}>
      {errors[''] ? <p className="form-error" role="alert">{errors['']}</p> : null}
      {task.fields.map((field) => (
        <Field key={field.name} field={field} value={raw[field.name]} error={errors[field.name]} onChange={(value) => { set(field.name, value); }} />
      ))}
      <div className="outcomes">
        {task.outcomes.map((outcome) => (
          <button key={outcome} type="button" disabled={busy} onClick={() => void complete(outcome)}>{outcome}</button>
        ))}
      </div>
      {errors['outcome'] ? <p className="field-error" role="alert">Outcome {errors['outcome']}</p> : null}
    </form>
  );
}

interface FieldProps {
  field: FormField;
  value: FormData[string];
  error: string | undefined;
  onChange: (value: FormData[string]) => void;
}

function Field({ field, value, error, onChange }: FieldProps) {
  const id = `field-${field.name}`;
  const label = field.label ?? field.name;
  const invalid = error !== undefined;
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const message = invalid ? <p className="field-error" id={`${id}-error`} role="alert">{label} {error}</p> : null;
  const described = invalid ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {};

  if (field.type === 'Boolean') {
    // Two choices rather than a checkbox: a required yes/no must be answered, not left at "no".
    return (
      <fieldset className="field" {...described}>
        <legend>{label}{field.required ? ' *' : ''}</legend>
        {[true, false].map((choice) => (
          <label key={String(choice)} className="choice">
            <input type="radio" name={field.name} checked={value === choice} onChange={() => { onChange(choice); }} />
            {choice ? 'Yes' : 'No'}
          </label>
        ))}
        {message}
      </fieldset>
    );
  }

  const common = { id, name: field.name, value: text, required: field.required, ...described };
  let input;
  if (field.type === 'MultilineText') {
    input = <textarea {...common} rows={4} onChange={(event) => { onChange(event.target.value); }} />;
  } else if (field.type === 'Select') {
    input = (
      <select {...common} onChange={(event) => { onChange(event.target.value); }}>
        <option value="">Choose…</option>
        {(field.options ?? []).map((option) => <option key={option} value={option}>{option}</option>)}
      </select>
    );
  } else {
    const type = field.type === 'Date' ? 'date' : field.type === 'Email' ? 'email' : 'text';
    const inputMode = field.type === 'Number' ? 'decimal' : field.type === 'Integer' ? 'numeric' : undefined;
    input = <input {...common} type={type} {...(inputMode ? { inputMode } : {})} onChange={(event) => { onChange(event.target.value); }} />;
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}{field.required ? ' *' : ''}</label>
      {input}
      {message}
    </div>
  );
}
