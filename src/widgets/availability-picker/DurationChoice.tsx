import { useId } from 'react';

export interface DurationChoiceProps {
  label: string;
  durations: readonly { id: number | undefined; minutes: number }[];
  value: number | undefined;
  onChange: (durationId: number) => void;
  /** "30 min", localised by the caller. */
  formatMinutes: (minutes: number) => string;
}

/** Radio buttons for a flexible event type's lengths; a native radio group gives arrow keys for free. */
export function DurationChoice({ label, durations, value, onChange, formatMinutes }: DurationChoiceProps) {
  const name = useId();
  return (
    <fieldset className="convene-picker-durations">
      <legend className="convene-picker-durations-label">{label}</legend>
      {durations.map((duration) =>
        duration.id === undefined ? null : (
          <label
            key={duration.id}
            className="convene-picker-duration"
            data-selected={value === duration.id ? '' : undefined}
          >
            <input
              type="radio"
              name={name}
              value={duration.id}
              checked={value === duration.id}
              onChange={() => onChange(duration.id as number)}
            />
            {formatMinutes(duration.minutes)}
          </label>
        ),
      )}
    </fieldset>
  );
}
