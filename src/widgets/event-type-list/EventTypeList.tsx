import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { eventTypeListQuery } from '../../client/simplymeet/manage';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import type { EventTypeSummary } from '../../vendors/simplymeet/eventTypeList';
import { Booker, type BookerProps } from '../booker/Booker';
import { formatDurations } from '../booker/formatDurations';
import { bookerMessages } from '../booker/messages';
import { locationTypeName } from '../booking-form/locationName';
import { bookingFormMessages } from '../booking-form/messages';
import { schedulerMessages } from './messages';
import './eventTypeList.css';

export interface EventTypeListProps extends Omit<BookerProps, 'eventType'> {
  /** Narrows the site's event types to these ids, in this order (`event-types="1,2"`). */
  eventTypes?: readonly number[] | undefined;
  /** The event type open in the Booker (controlled); `null` shows the list. */
  value?: number | null | undefined;
  onValueChange?: ((eventType: number | null) => void) | undefined;
}

/**
 * The site's event types as a list of buttons, each naming the meeting, its duration(s) and place;
 * choosing one opens the Booker for it in place, with a way back to the list. The Booker gets every
 * other prop (prefill, day, duration), so a host steers it here as on `<convene-booker>`.
 */
export function EventTypeList(props: EventTypeListProps) {
  const { eventTypes, value, onValueChange, ...bookerProps } = props;
  const { client, locale } = useConvene();
  const t = useMemo(() => createTranslator(schedulerMessages, locale), [locale]);
  const tc = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const tf = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const tb = useMemo(() => createTranslator(bookerMessages, locale), [locale]);
  const list = useQuery(eventTypeListQuery(client, eventTypes));
  const [ownChoice, setOwnChoice] = useState<number | null>(null);
  const chosen = value === undefined ? ownChoice : value;
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const returnTo = useRef<number | null>(null);

  function choose(next: number | null) {
    if (next === null) returnTo.current = chosen;
    setOwnChoice(next);
    onValueChange?.(next);
  }

  // Back from the Booker: focus the meeting the visitor came from, so the keyboard does not start over.
  useEffect(() => {
    if (chosen !== null || returnTo.current === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-event-type="${returnTo.current}"]`)?.focus();
    returnTo.current = null;
  });

  if (chosen !== null) {
    return (
      <div className="convene-scheduler-booker">
        <WidgetRoot widget="scheduler" className="convene-scheduler-nav">
          <button type="button" className="convene-button" onClick={() => choose(null)}>
            <span aria-hidden="true">← </span>
            {t('scheduler.back')}
          </button>
        </WidgetRoot>
        <Booker {...bookerProps} eventType={chosen} />
      </div>
    );
  }

  const describe = (eventType: EventTypeSummary) =>
    [
      formatDurations(eventType.durations, locale.intl),
      eventType.location.type === 'request'
        ? tb('booker.locationChosen')
        : eventType.location.text ||
          (eventType.location.type ? locationTypeName(eventType.location.type, tf) : undefined),
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <WidgetRoot widget="scheduler" className="convene-scheduler" aria-busy={list.isPending || undefined}>
      <h2 id={headingId}>{t('scheduler.title')}</h2>
      {list.error ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <p role="status">{tc('status.loading')}</p>
      ) : list.data.length === 0 ? (
        <p>{t('scheduler.empty')}</p>
      ) : (
        <ul ref={listRef} className="convene-scheduler-list" aria-labelledby={headingId}>
          {list.data.map((eventType) => (
            <li key={eventType.id}>
              <button
                type="button"
                className="convene-scheduler-choice"
                data-event-type={eventType.id}
                onClick={() => choose(eventType.id)}
              >
                <span className="convene-scheduler-name">{eventType.name}</span>
                <span className="convene-scheduler-facts">{describe(eventType)}</span>
                {eventType.description ? (
                  <span className="convene-scheduler-description">{eventType.description}</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </WidgetRoot>
  );
}
