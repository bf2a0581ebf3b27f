import { type FocusEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useConvene } from '../context';
import { createTranslator } from '../i18n/catalog';
import { timeZoneMessages } from '../time/messages';
import { zoneLabel } from '../time/zoneLabel';
import type { CloseZonePanel } from './TimeZonePanel';
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

// The search and its list are code most visitors never run: a chunk of their own, fetched on intent or open.
// (Not React.lazy: Suspense would cost the script build more than the chunk saves.)
const loadPanel = () => import('./TimeZonePanel');
type PanelModule = Awaited<ReturnType<typeof loadPanel>>;

/**
 * A zone switcher: a bordered button reading "Amsterdam time (UTC+1)" that opens a search box over a list of
 * zones (the WAI-ARIA combobox pattern, see TimeZonePanel). Escape and Tab close it and give focus back to the
 * button; focus leaving for elsewhere (a click outside) closes it too, and focus stays where the visitor put it.
 */
export function TimeZoneSelect({ value, onChange, zones, eventZone, maxOptions = 60 }: TimeZoneSelectProps) {
  const { locale, timeZone: visitorZone } = useConvene();
  const t = useMemo(() => createTranslator(timeZoneMessages, locale), [locale]);
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const warmed = useRef(false);
  // Reading an offset builds an Intl formatter: once per zone and language, not on every render of the picker.
  const label = useMemo(() => zoneLabel(value, t), [value, t]);
  const [panel, setPanel] = useState<PanelModule | undefined>(undefined);

  useEffect(() => {
    if (!open || panel) return;
    let live = true;
    void loadPanel().then((module) => live && setPanel(module));
    return () => {
      live = false;
    };
  }, [open, panel]);

  const close: CloseZonePanel = ({ pick, refocus = true } = {}) => {
    setOpen(false);
    if (pick !== undefined) onChange(pick);
    if (refocus) buttonRef.current?.focus();
  };

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget as Node | null;
    if (!open || (next && rootRef.current?.contains(next))) return;
    // Focus went to another control (a day clicked): it stays there. Nowhere (a click on plain page): back to the button.
    close({ refocus: next === null });
  }

  // Pointer over or focus on the button: fetch the panel and read the zones' names before the click lands.
  function warm() {
    if (warmed.current) return;
    warmed.current = true;
    void loadPanel().then((module) => module.warmZoneSearch(zones, locale.intl));
  }

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
        <span>{label}</span>
        <svg className="convene-timezone-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 6l4 4 4-4" />
        </svg>
      </button>
      {open && panel ? (
        <panel.TimeZonePanel
          id={`${id}-panel`}
          value={value}
          zones={zones}
          visitorZone={visitorZone}
          eventZone={eventZone}
          maxOptions={maxOptions}
          t={t}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
