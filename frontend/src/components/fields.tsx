import type { ChangeEvent, ReactNode } from 'react';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `field-${name}-hint`, error && `field-${name}-error`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  return hint ? (
    <div className="nhsuk-hint" id={`field-${name}-hint`}>
      {hint}
    </div>
  ) : null;
}

function ErrorMessage({ name, error }: { name: string; error?: string }) {
  return error ? (
    <span className="nhsuk-error-message" id={`field-${name}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {error}
    </span>
  ) : null;
}

function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>{children}</div>
  );
}

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'datetime-local' | 'number';
  autoComplete?: string;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email' | 'tel';
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  multiline?: boolean;
  step?: string;
}

export function TextField(props: TextFieldProps) {
  const { name, label, hint, error, value, onChange, type = 'text', width, multiline } = props;
  const common = {
    id: `field-${name}`,
    name,
    value,
    'aria-describedby': describedBy(name, hint, error),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };
  return (
    <FormGroup error={error}>
      <label className="nhsuk-label" htmlFor={`field-${name}`}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      {multiline ? (
        <textarea
          {...common}
          className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
          rows={4}
        />
      ) : (
        <input
          {...common}
          className={[
            'nhsuk-input',
            width ? `nhsuk-input--width-${width}` : '',
            error ? 'nhsuk-input--error' : '',
          ]
            .filter(Boolean)
            .join(' ')}
          type={type}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          step={props.step}
          spellCheck={type === 'text' ? undefined : false}
        />
      )}
    </FormGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface ChoiceProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
}

export function SelectField({ name, label, hint, error, value, onChange, options }: ChoiceProps) {
  return (
    <FormGroup error={error}>
      <label className="nhsuk-label" htmlFor={`field-${name}`}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={`field-${name}`}
        name={name}
        value={value}
        aria-describedby={describedBy(name, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Choose…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}

/** Radios in a fieldset; the first radio carries the field's id so error links reach it. */
export function RadiosField({ name, label, hint, error, value, onChange, options }: ChoiceProps) {
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage name={name} error={error} />
        <div className="nhsuk-radios">
          {options.map((option, index) => {
            const id = index === 0 ? `field-${name}` : `field-${name}-${option.value}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

interface CheckboxesProps extends FieldProps {
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly Option[];
}

/**
 * Checkboxes in a fieldset, for choosing any number of options; the first box carries the field's
 * id so error links reach it. The chosen values keep the order of the options.
 */
export function CheckboxesField(props: CheckboxesProps) {
  const { name, label, hint, error, values, onChange, options } = props;
  const toggle = (value: string, checked: boolean) =>
    onChange(
      options
        .map((option) => option.value)
        .filter((option) => (option === value ? checked : values.includes(option))),
    );
  return (
    <FormGroup error={error}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        <Hint name={name} hint={hint} />
        <ErrorMessage name={name} error={error} />
        <div className="nhsuk-checkboxes">
          {options.map((option, index) => {
            const id = index === 0 ? `field-${name}` : `field-${name}-${option.value}`;
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}

interface FileFieldProps extends FieldProps {
  onChange: (file: File | undefined) => void;
  accept?: string;
}

/** Choosing one file (the design system's file upload, without its script). */
export function FileField({ name, label, hint, error, onChange, accept }: FileFieldProps) {
  return (
    <div className={`nhsuk-form-group nhsuk-file-upload${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={`field-${name}`}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <ErrorMessage name={name} error={error} />
      <input
        className="nhsuk-file-upload__input"
        id={`field-${name}`}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={describedBy(name, hint, error)}
        onChange={(event) => onChange(event.target.files?.[0])}
      />
    </div>
  );
}
