import type { ReactNode } from 'react';

export interface FieldShellProps {
  /** DOM id of the control (or of the group for radios/checkboxes). */
  id: string;
  label: string;
  /** "(optional)" beside the label; required fields say nothing, as most forms here are required. */
  optionalText?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  /** Radios and checkbox groups are a fieldset with a legend (WAI: grouped controls need a group name). */
  group?: boolean;
  children: ReactNode;
}

/** Ids of the hint and error texts a control points at with `aria-describedby`. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, control, hint and inline error of one form field. */
export function FieldShell({ id, label, optionalText, hint, error, group, children }: FieldShellProps) {
  const labelContent = (
    <>
      {label}
      {optionalText ? <span className="convene-form-optional"> {optionalText}</span> : null}
    </>
  );
  const after = (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="convene-form-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="convene-form-error">
          {error}
        </p>
      ) : null}
    </>
  );
  if (group) {
    return (
      <fieldset
        id={id}
        className="convene-form-field"
        data-invalid={error ? '' : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        // A fieldset can take focus only programmatically: the first invalid group gets it after submit.
        tabIndex={-1}
      >
        <legend className="convene-form-label">{labelContent}</legend>
        {children}
        {after}
      </fieldset>
    );
  }
  return (
    <div className="convene-form-field" data-invalid={error ? '' : undefined}>
      <label className="convene-form-label" htmlFor={id}>
        {labelContent}
      </label>
      {children}
      {after}
    </div>
  );
}
