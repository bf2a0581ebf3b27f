import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useConvene } from '../context';
import { createTranslator } from '../i18n/catalog';
import { zoneCityName, zoneOffsetName } from '../time/format';
import { timeZoneMessages } from '../time/messages';
import { listTimeZones } from '../timeZone';
import '../time/timeZoneSelect.css';

export interface TimeZoneSelectProps {
  /** The IANA zone times are shown in. */
  value: string;
  onChange: (timeZone: string) => void;
  /** Zones to offer; every zone the runtime knows by default. */
  zones?: readonly string[] | undefined;
  /** At most this many matches are rendered at once; typing narrows the list. */
  maxOptions?: number | undefined;
}

function matches(zone: string, query: string): boolean {
  const needle = query.trim().toLowerCase().replace(/\s+/g, '_');
  return needle === '' || zone.toLowerCase().includes(needle);
}

/** The option index a navigation key moves to, or undefined for other keys. */
function nextActiveIndex(key: string, active: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, last);
    case 'ArrowUp':
      return Math.max(active - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/**
 * A zone switcher: a button that reads "Times in Amsterdam time" and opens a WAI-ARIA combobox
 * (text input + listbox, focus stays in the input, the active option via aria-activedescendant).
 * Keys: ArrowDown/ArrowUp move, Home/End jump, Enter picks, Escape closes and returns focus to the button.
 */
export function TimeZoneSelect({ value, onChange, zones, maxOptions = 50 }: TimeZoneSelectProps) {
  const { locale } = useConvene();
  const t = useMemo(() => createTranslator(timeZoneMessages, locale), [locale]);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const allZones = useMemo(() => zones ?? (open ? listTimeZones() : []), [zones, open]);
  const found = useMemo(() => allZones.filter((zone) => matches(zone, query)), [allZones, query]);
  const shown = found.slice(0, maxOptions);
  const activeZone = shown[Math.min(active, shown.length - 1)];

  function close(pick?: string) {
    setOpen(false);
    setQuery('');
    setActive(0);
    if (pick !== undefined) onChange(pick);
    buttonRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = shown.length - 1;
    const move = nextActiveIndex(event.key, active, last);
    if (move !== undefined) {
      event.preventDefault();
      setActive(Math.max(move, 0));
    } else if (event.key === 'Enter' && activeZone) {
      event.preventDefault();
      close(activeZone);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  const optionId = (zone: string) => `${id}-option-${zone.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  return (
    <div className="convene-timezone" data-open={open ? '' : undefined}>
      <button
        ref={buttonRef}
        type="button"
        className="convene-timezone-trigger"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('timeZone.current', { city: zoneCityName(value) })}
      </button>
      {open && (
        <div className="convene-timezone-panel" id={`${id}-panel`}>
          <input
            // Opening the switcher is an explicit request to type a zone: focus belongs in the search box.
            // biome-ignore lint/a11y/noAutofocus: focus moves on the user's own action
            autoFocus
            className="convene-timezone-search"
            role="combobox"
            aria-label={t('timeZone.search')}
            aria-expanded="true"
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={activeZone ? optionId(activeZone) : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <p className="convene-visually-hidden" aria-live="polite">
            {found.length === 0
              ? t('timeZone.noMatch', { query })
              : t('timeZone.matches', { count: found.length })}
          </p>
          <div
            className="convene-timezone-list"
            id={`${id}-listbox`}
            role="listbox"
            aria-label={t('timeZone.label')}
          >
            {shown.map((zone) => (
              // Options are picked with the keyboard through the combobox input (aria-activedescendant);
              // the click handler is the pointer path of the same action.
              // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
              <div
                key={zone}
                // Focus stays in the search box (aria-activedescendant); -1 keeps options out of the tab order.
                tabIndex={-1}
                id={optionId(zone)}
                role="option"
                className="convene-timezone-option"
                aria-selected={zone === value}
                data-active={zone === activeZone ? '' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => close(zone)}
              >
                <span>{zone.replace(/_/g, ' ')}</span>
                <span className="convene-timezone-offset">{zoneOffsetName(zone, locale.intl)}</span>
              </div>
            ))}
          </div>
          {found.length === 0 && <p className="convene-timezone-empty">{t('timeZone.noMatch', { query })}</p>}
        </div>
      )}
    </div>
  );
}
