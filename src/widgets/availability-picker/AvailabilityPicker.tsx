import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { availabilityQuery, eventTypeQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { TimeZoneSelect } from '../../core/parts/TimeZoneSelect';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { formatCalendarDate, formatMonth, formatTime } from '../../core/time/format';
import { type IsoDate, type IsoMonth, monthOfInstant, shiftMonth } from '../../core/time/zoned';
import { useControllableState } from '../../core/useControllableState';
import type { Slot } from '../../vendors/simplymeet/availability';
import { monthWeeks, moveDate } from './calendarGrid';
import { pickerMessages } from './messages';
import './availabilityPicker.css';

export interface AvailabilityPickerProps {
  eventTypeId: number;
  /** For flexible event types: which duration (vendor id) the slots are for. */
  durationId?: number | undefined;
  /** Zone times are listed in; defaults to the provider's zone. */
  timeZone?: string | undefined;
  onTimeZoneChange?: ((timeZone: string) => void) | undefined;
  /** The picked slot (controlled) or its starting value. */
  value?: Slot | null | undefined;
  defaultValue?: Slot | null | undefined;
  onChange?: ((slot: Slot | null) => void) | undefined;
  /** Month shown first ("YYYY-MM"); the current month in the zone by default. */
  initialMonth?: IsoMonth | undefined;
}

/** Any Monday-to-Sunday week, for the weekday column headers (2 November 2026 is a Monday). */
const MONDAY_TO_SUNDAY = monthWeeks('2026-11')[1] ?? [];

/** Month calendar (WAI-ARIA date grid) + the free times of the chosen day + a time-zone switcher. */
export function AvailabilityPicker(props: AvailabilityPickerProps) {
  const { client, locale, hourCycle, timeZone: providerZone } = useConvene();
  const t = useMemo(() => createTranslator(pickerMessages, locale), [locale]);
  const tc = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const [timeZone, setTimeZone] = useControllableState({
    value: props.timeZone,
    defaultValue: providerZone,
    onChange: props.onTimeZoneChange,
  });
  const [slot, setSlot] = useControllableState<Slot | null>({
    value: props.value,
    defaultValue: props.defaultValue ?? null,
    onChange: props.onChange,
  });
  const [month, setMonth] = useState<IsoMonth>(
    () => props.initialMonth ?? monthOfInstant(new Date(), timeZone),
  );
  const [day, setDay] = useState<IsoDate | null>(null);
  const [focusedDay, setFocusedDay] = useState<IsoDate>(`${month}-01`);
  const gridRef = useRef<HTMLTableElement>(null);
  const moveFocusRef = useRef(false);

  const eventType = useQuery(eventTypeQuery(client, props.eventTypeId));
  const durationMinutes =
    eventType.data?.durations.find((d) => d.id === props.durationId)?.minutes ??
    eventType.data?.durations[0]?.minutes;
  const availability = useQuery({
    ...availabilityQuery(client, props.eventTypeId, {
      month,
      timeZone,
      durationId: props.durationId,
      durationMinutes: durationMinutes ?? 0,
    }),
    enabled: durationMinutes !== undefined,
  });

  const slotsByDay = useMemo(
    () => new Map((availability.data ?? []).map((d) => [d.date, d.slots] as const)),
    [availability.data],
  );
  // A day picked in another month is not on screen: ask for a new pick rather than show a stranger's day.
  const shownDay = day?.startsWith(month) ? day : null;
  const daySlots = shownDay ? (slotsByDay.get(shownDay) ?? []) : [];
  const monthHasSlots = (availability.data ?? []).some((d) => d.slots.length > 0);

  // Focus follows the keyboard only, never on data arrival (that would steal focus from the page).
  useEffect(() => {
    if (!moveFocusRef.current) return;
    moveFocusRef.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-date="${focusedDay}"]`)?.focus();
  });

  function onGridKeyDown(event: KeyboardEvent<HTMLElement>) {
    const next = moveDate(focusedDay, event.key);
    if (!next) return;
    event.preventDefault();
    moveFocusRef.current = true;
    setFocusedDay(next);
    if (next.slice(0, 7) !== month) setMonth(next.slice(0, 7));
  }

  function changeMonth(by: number) {
    const next = shiftMonth(month, by);
    setMonth(next);
    setFocusedDay(`${next}-01`);
  }

  function changeZone(next: string) {
    // A slot keeps its instant, but the listed days change: clear the pick so the visitor re-confirms.
    setTimeZone(next);
    setSlot(null);
  }

  const error = eventType.error ?? availability.error;
  const loading = !error && (eventType.isPending || availability.isPending);
  const weekdayNames = MONDAY_TO_SUNDAY;

  return (
    <WidgetRoot widget="availability-picker" className="convene-picker" aria-busy={loading || undefined}>
      <h2 className="convene-picker-title">{t('picker.title')}</h2>
      <TimeZoneSelect value={timeZone} onChange={changeZone} />
      {error ? (
        <ErrorMessage
          error={error}
          onRetry={() => {
            void eventType.refetch();
            void availability.refetch();
          }}
        />
      ) : (
        <div className="convene-picker-body">
          <div className="convene-picker-calendar">
            <div className="convene-picker-month">
              <button
                type="button"
                className="convene-button"
                aria-label={t('picker.previousMonth')}
                onClick={() => changeMonth(-1)}
              >
                ‹
              </button>
              <h3 className="convene-picker-month-name" aria-live="polite">
                {formatMonth(month, locale.intl)}
              </h3>
              <button
                type="button"
                className="convene-button"
                aria-label={t('picker.nextMonth')}
                onClick={() => changeMonth(1)}
              >
                ›
              </button>
            </div>
            {/*
              A table of day buttons with one roving tab stop: arrows, Home/End and PageUp/PageDown move like
              the WAI-ARIA date grid, while the markup stays semantic (table headers name the weekdays).
            */}
            <table ref={gridRef} className="convene-picker-grid" aria-label={formatMonth(month, locale.intl)}>
              <thead>
                <tr>
                  {weekdayNames.map((date) =>
                    date ? (
                      <th
                        key={date}
                        scope="col"
                        abbr={formatCalendarDate(date, locale.intl, { weekday: 'long' })}
                      >
                        {formatCalendarDate(date, locale.intl, { weekday: 'narrow' })}
                      </th>
                    ) : null,
                  )}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(month).map((week) => (
                  <tr key={week.find(Boolean) ?? 'empty'}>
                    {week.map((date, column) => {
                      // Padding cells have no identity but their column within this week's row.
                      // biome-ignore lint/suspicious/noArrayIndexKey: see above
                      if (!date) return <td key={column} />;
                      const free = (slotsByDay.get(date)?.length ?? 0) > 0;
                      const label = formatCalendarDate(date, locale.intl, {
                        weekday: 'long',
                        day: 'numeric',
                        month: 'long',
                      });
                      return (
                        <td key={date}>
                          <button
                            type="button"
                            className="convene-picker-day"
                            data-date={date}
                            data-free={free ? '' : undefined}
                            tabIndex={date === focusedDay ? 0 : -1}
                            aria-pressed={date === shownDay}
                            aria-disabled={free ? undefined : true}
                            aria-label={t(free ? 'picker.dayAvailable' : 'picker.dayUnavailable', {
                              date: label,
                            })}
                            onKeyDown={onGridKeyDown}
                            onClick={() => {
                              setFocusedDay(date);
                              if (free) setDay(date);
                            }}
                          >
                            {Number(date.slice(8))}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="convene-picker-slots" aria-live="polite">
            {loading ? (
              <p role="status">{tc('status.loading')}</p>
            ) : shownDay === null ? (
              <p>{monthHasSlots ? t('picker.pickDay') : t('picker.noSlotsMonth')}</p>
            ) : daySlots.length === 0 ? (
              <p>{t('picker.noSlotsDay')}</p>
            ) : (
              <>
                <h3 className="convene-picker-slots-title">
                  {t('picker.slotsFor', {
                    date: formatCalendarDate(shownDay, locale.intl, {
                      weekday: 'long',
                      day: 'numeric',
                      month: 'long',
                    }),
                  })}
                </h3>
                <ul className="convene-picker-slot-list">
                  {daySlots.map((candidate) => (
                    <li key={candidate.start}>
                      <button
                        type="button"
                        className="convene-button convene-picker-slot"
                        aria-pressed={slot?.start === candidate.start}
                        onClick={() => setSlot(candidate)}
                      >
                        {formatTime(candidate.start, timeZone, locale.intl, hourCycle ?? 'auto')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>
      )}
    </WidgetRoot>
  );
}
