import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useConvene } from '../context';
import type { Translate } from '../i18n/catalog';
import type { TimeZoneMessageKey } from '../time/messages';
import { sameZone } from '../time/renamedZones';
import { useZoneSearch } from '../time/useZoneSearch';
import { useIsomorphicLayoutEffect } from '../useIsomorphicLayoutEffect';
import { ZoneOption } from './ZoneOption';

export { warmZoneSearch } from '../time/useZoneSearch';

export type CloseZonePanel = (how?: { pick?: string; refocus?: boolean }) => void;

export interface TimeZonePanelProps {
  id: string;
  value: string;
  zones: readonly string[] | undefined;
  visitorZone: string;
  eventZone: string | undefined;
  maxOptions: number;
  t: Translate<TimeZoneMessageKey>;
  onClose: CloseZonePanel;
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
 * The open switcher: a search box (role combobox, focus stays in it) over a listbox whose active option is
 * named by aria-activedescendant. It takes focus when it appears, by script: `autoFocus` does nothing in the
 * script build. Arrows and PageUp/PageDown move, Enter picks; Escape and Tab close.
 */
export function TimeZonePanel(props: TimeZonePanelProps) {
  const { id, value, zones, visitorZone, eventZone, maxOptions, t, onClose } = props;
  const { locale } = useConvene();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Four hundred rich options take a visible moment to render; a page at a time keeps opening instant.
  const [limit, setLimit] = useState(maxOptions);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const pinned = useMemo(
    () => [visitorZone, ...(eventZone ? [eventZone] : []), value],
    [visitorZone, eventZone, value],
  );
  const found = useZoneSearch({ query, locale: locale.intl, zones, pinned });
  const shown = found.slice(0, limit);
  const showMore = () => setLimit((current) => (current < found.length ? current + maxOptions : current));
  const activeEntry = shown[Math.min(active, shown.length - 1)];
  const optionId = (zone: string) => `${id}-option-${zone.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const activeId = activeEntry ? optionId(activeEntry.zone) : undefined;

  useIsomorphicLayoutEffect(() => inputRef.current?.focus(), []);

  // The active option is only "focused" by aria-activedescendant, so the list must scroll it into view itself.
  useEffect(() => {
    if (activeId)
      listRef.current?.querySelector(`[id="${activeId}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = shown.length - 1;
    const move = nextActiveIndex(event.key, active, last);
    if (move !== undefined) {
      event.preventDefault();
      setActive(Math.max(move, 0));
      if (move >= last - 5) showMore();
    } else if (event.key === 'Enter' && activeEntry) {
      event.preventDefault();
      onClose({ pick: activeEntry.zone });
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      // The list covers the calendar: leaving it must close it, and the button is where the visitor left.
      event.preventDefault();
      onClose();
    }
  }

  const tagOf = (zone: string) =>
    sameZone(zone, visitorZone)
      ? t('timeZone.yours')
      : eventZone && sameZone(zone, eventZone)
        ? t('timeZone.event')
        : undefined;

  return (
    // Clicks on the panel's padding or scrollbar must not take focus out of the search box.
    // biome-ignore lint/a11y/noStaticElementInteractions: only keeps focus where it is
    <div
      className="convene-timezone-panel"
      id={id}
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
            onPick={() => onClose({ pick: entry.zone })}
          />
        ))}
      </div>
      {found.length === 0 && <p className="convene-timezone-empty">{t('timeZone.noMatch', { query })}</p>}
    </div>
  );
}
