import { type FocusEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useConvene } from '../context';
import { createTranslator } from '../i18n/catalog';
import { timeZoneMessages } from '../time/messages';
import { sameZone } from '../time/renamedZones';
import { useZoneSearch } from '../time/useZoneSearch';
import { zoneLabel } from '../time/zoneLabel';
import { useIsomorphicLayoutEffect } from '../useIsomorphicLayoutEffect';
import { ZoneOption } from './ZoneOption';
import '../time/timeZoneSelect.css';

export interface TimeZoneSelectProps {
  /** The IANA zone times are shown in. */
  value: string;
  onChange: (timeZone: string) => void;
  /** Zones to offer; every zone the runtime knows by default. */
  zones?: readonly string[] | undefined;
  /** The event's own zone: offered right after the visitor's. */
  eventZone?: string | undefined;
  /** Matches rendered at first; the next as many follow when the list is scrolled or arrowed to its end. */
  maxOptions?: number | undefined;
}

/** The option index a navigation key moves to, or undefined for other keys. */
function nextActiveIndex(key: string, active: number, last: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, last);
    case 'ArrowUp':
      return Math.max(active - 1, 0);
    case 'PageDown':
      return Math.min(active + 10, last);
    case 'PageUp':
      return Math.max(active - 10, 0);
    default:
      return undefined;
  }
}

/**
 * A zone switcher: a button reading "Amsterdam time (UTC+1)" that opens a search box with a list of zones,
 * the WAI-ARIA combobox pattern (focus stays in the input, the active option via aria-activedescendant).
 * Opening moves focus into the search box (by script: `autoFocus` does nothing in the script build). Arrows
 * and PageUp/PageDown move, Enter picks; Escape and Tab close and give focus back to the button; focus
 * leaving for elsewhere (a click outside) closes it too, and focus stays where the visitor put it.
 */
export function TimeZoneSelect({ value, onChange, zones, eventZone, maxOptions = 60 }: TimeZoneSelectProps) {
  const { locale, timeZone: visitorZone } = useConvene();
  const t = useMemo(() => createTranslator(timeZoneMessages, locale), [locale]);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Four hundred rich options take a visible moment to render; a page at a time keeps opening instant.
  const [limit, setLimit] = useState(maxOptions);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const pinned = useMemo(
    () => [visitorZone, ...(eventZone ? [eventZone] : []), value],
    [visitorZone, eventZone, value],
  );
  const { found, warm } = useZoneSearch({ open, query, locale: locale.intl, zones, pinned });
  const shown = found.slice(0, limit);
  const showMore = () => setLimit((current) => (current < found.length ? current + maxOptions : current));
  const activeEntry = shown[Math.min(active, shown.length - 1)];

  useIsomorphicLayoutEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const optionId = (zone: string) => `${id}-option-${zone.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const activeId = activeEntry ? optionId(activeEntry.zone) : undefined;

  // The active option is only "focused" by aria-activedescendant, so the list must scroll it into view itself.
  useEffect(() => {
    if (activeId)
      listRef.current?.querySelector(`[id="${activeId}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function close({ pick, refocus = true }: { pick?: string; refocus?: boolean } = {}) {
    setOpen(false);
    setQuery('');
    setActive(0);
    setLimit(maxOptions);
    if (pick !== undefined) onChange(pick);
    if (refocus) buttonRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = shown.length - 1;
    const move = nextActiveIndex(event.key, active, last);
    if (move !== undefined) {
      event.preventDefault();
      setActive(Math.max(move, 0));
      if (move >= last - 5) showMore();
    } else if (event.key === 'Enter' && activeEntry) {
      event.preventDefault();
      close({ pick: activeEntry.zone });
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      // The list covers the calendar: leaving it must close it, and the button is where the visitor left.
      event.preventDefault();
      close();
    }
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget as Node | null;
    if (!open || (next && rootRef.current?.contains(next))) return;
    // Focus went to another control (a day clicked): it stays there. Nowhere (a click on plain page): back to the button.
    close({ refocus: next === null });
  }

  const tagOf = (zone: string) =>
    sameZone(zone, visitorZone)
      ? t('timeZone.yours')
      : eventZone && sameZone(zone, eventZone)
        ? t('timeZone.event')
        : undefined;

  return (
    // focusout bubbles here from the button, the search box and the options: one place to notice focus leaving.
    // biome-ignore lint/a11y/noStaticElementInteractions: not an interaction, a focus listener
    <div ref={rootRef} className="convene-timezone" data-open={open ? '' : undefined} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="convene-timezone-trigger"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onPointerEnter={warm}
        onFocus={warm}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <svg className="convene-timezone-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" />
          <path d="M1.5 8h13M8 1.5c2 2.2 2 10.8 0 13M8 1.5c-2 2.2-2 10.8 0 13" />
        </svg>
        <span>{zoneLabel(value, t)}</span>
        <svg className="convene-timezone-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 6l4 4 4-4" />
        </svg>
      </button>
      {open && (
        // Clicks on the panel's padding or scrollbar must not take focus out of the search box.
        // biome-ignore lint/a11y/noStaticElementInteractions: only keeps focus where it is
        <div
          className="convene-timezone-panel"
          id={`${id}-panel`}
          onMouseDown={(event) => event.target !== inputRef.current && event.preventDefault()}
        >
          <input
            ref={inputRef}
            className="convene-timezone-search"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-label={t('timeZone.search')}
            placeholder={t('timeZone.searchHint')}
            aria-expanded="true"
            aria-controls={`${id}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={activeId}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setLimit(maxOptions);
            }}
            onKeyDown={onKeyDown}
          />
          <p className="convene-visually-hidden" aria-live="polite">
            {found.length === 0
              ? t('timeZone.noMatch', { query })
              : t('timeZone.matches', { count: found.length })}
          </p>
          <div
            ref={listRef}
            className="convene-timezone-list"
            id={`${id}-listbox`}
            role="listbox"
            aria-label={t('timeZone.label')}
            onScroll={(event) => {
              const list = event.currentTarget;
              if (list.scrollTop + list.clientHeight >= list.scrollHeight - 40) showMore();
            }}
          >
            {shown.map((entry) => (
              <ZoneOption
                key={entry.zone}
                id={optionId(entry.zone)}
                entry={entry}
                tag={tagOf(entry.zone)}
                selected={sameZone(entry.zone, value)}
                active={entry === activeEntry}
                onPick={() => close({ pick: entry.zone })}
              />
            ))}
          </div>
          {found.length === 0 && <p className="convene-timezone-empty">{t('timeZone.noMatch', { query })}</p>}
        </div>
      )}
    </div>
  );
}
