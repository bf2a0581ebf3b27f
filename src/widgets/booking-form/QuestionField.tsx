import type { Question } from '../../vendors/simplymeet/eventType';
import { describedBy, FieldShell } from './FieldShell';

export interface QuestionFieldProps {
  id: string;
  question: Question;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error: string | undefined;
  readOnly: boolean;
  optionalText: string;
  chooseText: string;
  yesText: string;
}

/** One custom question of the event type, rendered by its kind (unknown kinds arrive here as "text"). */
export function QuestionField(props: QuestionFieldProps) {
  const { id, question, value, onChange, error, readOnly, optionalText, chooseText, yesText } = props;
  const text = typeof value === 'string' ? value : '';
  const many = Array.isArray(value) ? value : [];
  const optional = question.required ? undefined : optionalText;
  const common = {
    'aria-invalid': error ? true : undefined,
    'aria-required': question.required || undefined,
  } as const;

  if (question.kind === 'radio' || question.kind === 'checkboxes') {
    const multiple = question.kind === 'checkboxes';
    return (
      <FieldShell id={id} label={question.label} optionalText={optional} error={error} group>
        <div className="convene-form-choices">
          {question.options.map((option, index) => (
            <label key={option} className="convene-form-choice">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={id}
                id={`${id}-${index}`}
                value={option}
                checked={multiple ? many.includes(option) : text === option}
                disabled={readOnly}
                onChange={(event) =>
                  onChange(
                    multiple
                      ? event.target.checked
                        ? [...many, option]
                        : many.filter((chosen) => chosen !== option)
                      : option,
                  )
                }
              />
              {option}
            </label>
          ))}
        </div>
      </FieldShell>
    );
  }

  if (question.kind === 'checkbox') {
    // A single yes/no box: the question is the group name, the box reads "Yes"; "true" or "" is sent.
    return (
      <FieldShell id={id} label={question.label} optionalText={optional} error={error} group>
        <label className="convene-form-choice">
          <input
            type="checkbox"
            id={`${id}-0`}
            checked={text === 'true'}
            disabled={readOnly}
            aria-invalid={common['aria-invalid']}
            onChange={(event) => onChange(event.target.checked ? 'true' : '')}
          />
          {yesText}
        </label>
      </FieldShell>
    );
  }

  const describe = describedBy(id, false, Boolean(error));
  if (question.kind === 'select') {
    return (
      <FieldShell id={id} label={question.label} optionalText={optional} error={error}>
        <select
          id={id}
          className="convene-form-input"
          value={text}
          disabled={readOnly}
          aria-describedby={describe}
          {...common}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{chooseText}</option>
          {question.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </FieldShell>
    );
  }

  if (question.kind === 'textarea') {
    return (
      <FieldShell id={id} label={question.label} optionalText={optional} error={error}>
        <textarea
          id={id}
          className="convene-form-input"
          rows={4}
          value={text}
          readOnly={readOnly}
          aria-describedby={describe}
          {...common}
          onChange={(event) => onChange(event.target.value)}
        />
      </FieldShell>
    );
  }

  return (
    <FieldShell id={id} label={question.label} optionalText={optional} error={error}>
      <input
        id={id}
        className="convene-form-input"
        type={question.kind === 'phone' ? 'tel' : 'text'}
        autoComplete={question.kind === 'phone' ? 'tel' : 'off'}
        value={text}
        readOnly={readOnly}
        aria-describedby={describe}
        {...common}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
