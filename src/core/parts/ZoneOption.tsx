import type { ZoneEntry } from '../time/zoneSearch';

export interface ZoneOptionProps {
  id: string;
  entry: ZoneEntry;
  /** "Your time zone" / "Event’s time zone". */
  tag: string | undefined;
  selected: boolean;
  active: boolean;
  onPick: () => void;
}

/** One zone in the switcher's list: city, then country and generic name, offset at the end. */
export function ZoneOption({ id, entry, tag, selected, active, onPick }: ZoneOptionProps) {
  const details = [entry.country, entry.generic].filter(Boolean).join(' · ');
  return (
    // Picked with the keyboard through the combobox input (aria-activedescendant); the click is the pointer path.
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
    <div
      // Focus stays in the search box; -1 keeps options out of the tab order.
      tabIndex={-1}
      id={id}
      role="option"
      className="convene-timezone-option"
      aria-selected={selected}
      data-active={active ? '' : undefined}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span className="convene-timezone-city">
        {entry.city}
        {tag ? <span className="convene-timezone-tag">{` · ${tag}`}</span> : null}
      </span>
      <span className="convene-timezone-offset">{entry.offset}</span>
      {details ? <span className="convene-timezone-details">{details}</span> : null}
    </div>
  );
}
