import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { availabilityQuery, eventTypeQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { coreMessages } from '../../core/i18n/messages';
import { ErrorMessage } from '../../core/parts/ErrorMessage';
import { TimeZoneSelect } from '../../core/parts/TimeZoneSelect';
import { WidgetRoot } from '../../core/parts/WidgetRoot';
import { formatCalendarDate } from '../../core/time/format';
import { type IsoDate, type IsoMonth, instantToZonedParts, shiftMonth } from '../../core/time/zoned';
import { useControllableState } from '../../core/useControllableState';
import { useIsomorphicLayoutEffect } from '../../core/useIsomorphicLayoutEffect';
import type { Slot } from '../../vendors/simplymeet/availability';
import { moveDate } from './calendarGrid';
import { DurationChoice } from './DurationChoice';
import { MonthGrid } from './MonthGrid';
import { pickerMessages } from './messages';
import { SlotList } from './SlotList';
import { useNextFreeDay } from './useNextFreeDay';
import './availabilityPicker.css';

export interface AvailabilityPickerProps {
  eventTypeId: number;
  /** For flexible event types: which duration (vendor id) the slots are for; the first one by default. */
  durationId?: number | undefined;
  defaultDurationId?: number | undefined;
  onDurationChange?: ((durationId: number) => void) | undefined;
  /**
   * Zone times are listed in. By default the visitor's zone (the provider's) when the event type is
   * `isLocalized`, else the event type's own zone.
   */
  timeZone?: string | undefined;
  onTimeZoneChange?: ((timeZone: string) => void) | undefined;
  /** The picked slot (controlled) or its starting value. */
  value?: Slot | null | undefined;
  defaultValue?: Slot | null | undefined;
  onChange?: ((slot: Slot | null) => void) | undefined;
  /** Month shown first ("YYYY-MM"); by default the first month (from now) with a free time. */
  initialMonth?: IsoMonth | undefined;
  /** 12- or 24-hour times; by default the provider's setting, else the locale's habit. */
  hourCycle?: 'h12' | 'h23' | undefined;
}

/** When no month is given, we skip at most this many empty months to open on one with free times. */
const AUTO_SKIP_MONTHS = 3;

/** Month calendar (WAI-ARIA date grid) + the free times of the chosen day + a time-zone switcher. */
export function AvailabilityPicker(props: AvailabilityPickerProps) {
  const { client, locale, hourCycle, timeZone: visitorZone } = useConvene();
  const queryClient = useQueryClient();
  const t = useMemo(() => createTranslator(pickerMessages, locale), [locale]);
  const tc = useMemo(() => createTranslator(coreMessages, locale), [locale]);
  const eventType = useQuery(eventTypeQuery(client, props.eventTypeId));

  // Until the visitor picks a zone, the event type decides: `isLocalized` means "in the visitor's zone".
  const [chosenZone, setChosenZone] = useState<string | undefined>(undefined);
  const typeZone = eventType.data && !eventType.data.showInVisitorZone ? eventType.data.timeZone : undefined;
  const timeZone = props.timeZone ?? chosenZone ?? typeZone ?? visitorZone;

  const [durationChoice, setDurationChoice] = useControllableState<number | undefined>({
    value: props.durationId,
    defaultValue: props.defaultDurationId,
    onChange: (next) => (next === undefined ? undefined : props.onDurationChange?.(next)),
  });
  const durations = eventType.data?.durations ?? [];
  const duration = durations.find((d) => d.id === durationChoice) ?? durations[0];
  const durationId = duration?.id;
  const durationMinutes = duration?.minutes;

  const [slot, setSlot] = useControllableState<Slot | null>({
    value: props.value,
    defaultValue: props.defaultValue ?? null,
    onChange: props.onChange,
  });
  const today = instantToZonedParts(new Date(), timeZone).date;
  // Coming back to a picker with a slot already picked (the Booker's back step) opens on that slot's day.
  const [day, setDay] = useState<IsoDate | null>(() =>
    slot ? instantToZonedParts(slot.start, slot.timeZone).date : null,
  );
  const [month, setMonth] = useState<IsoMonth>(
    () => day?.slice(0, 7) ?? props.initialMonth ?? today.slice(0, 7),
  );
  const [focusedDay, setFocusedDay] = useState<IsoDate>(
    day ?? (today.startsWith(month) ? today : `${month}-01`),
  );
  const [noneAhead, setNoneAhead] = useState(false);
  const gridRef = useRef<HTMLTableElement>(null);
  const moveFocusRef = useRef(false);
  const autoSkipDone = useRef(props.initialMonth !== undefined || day !== null);

  const queryParams = (forMonth: IsoMonth) => ({
    month: forMonth,
    timeZone,
    durationId,
    durationMinutes: durationMinutes ?? 0,
  });
  const availability = useQuery({
    ...availabilityQuery(client, props.eventTypeId, queryParams(month)),
    enabled: durationMinutes !== undefined,
  });
  const nextFreeDay = useNextFreeDay({
    eventTypeId: props.eventTypeId,
    timeZone,
    durationId,
    durationMinutes,
  });

  const slotsByDay = useMemo(
    () => new Map((availability.data ?? []).map((d) => [d.date, d.slots] as const)),
    [availability.data],
  );
  // A day picked in another month is not on screen: ask for a new pick rather than show a stranger's day.
  const shownDay = day?.startsWith(month) ? day : null;
  const daySlots = shownDay ? (slotsByDay.get(shownDay) ?? []) : [];
  const monthHasSlots = (availability.data ?? []).some((d) => d.slots.length > 0);

  // Paging should feel instant: the months either side are fetched in the background.
  useEffect(() => {
    if (durationMinutes === undefined || !availability.isSuccess) return;
    for (const neighbour of [shiftMonth(month, 1), shiftMonth(month, -1)]) {
      void queryClient.prefetchQuery(availabilityQuery(client, props.eventTypeId, queryParams(neighbour)));
    }
  });

  // Open on the first month with free times (once, and only when the host did not fix the month).
  useEffect(() => {
    if (autoSkipDone.current || !availability.isSuccess) return;
    autoSkipDone.current = true;
    if (monthHasSlots) return;
    void nextFreeDay(shiftMonth(month, 1), AUTO_SKIP_MONTHS).then((date) => {
      if (date) showMonth(date.slice(0, 7));
    });
  });

  // Focus follows the keyboard only, never on data arrival (that would steal focus from the page); before
  // paint, so the arrow key's move shows in the same frame.
  useIsomorphicLayoutEffect(() => {
    if (!moveFocusRef.current) return;
    moveFocusRef.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-date="${focusedDay}"]`)?.focus();
  });

  function showMonth(next: IsoMonth, focus: IsoDate = `${next}-01`) {
    setMonth(next);
    setFocusedDay(focus);
    setNoneAhead(false);
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLElement>) {
    const next = moveDate(focusedDay, event.key);
    if (!next) return;
    event.preventDefault();
    moveFocusRef.current = true;
    setFocusedDay(next);
    if (next.slice(0, 7) !== month) setMonth(next.slice(0, 7));
  }

  async function jumpToNextFreeDay() {
    const date = await nextFreeDay(shiftMonth(month, 1));
    if (!date) {
      setNoneAhead(true);
      return;
    }
    showMonth(date.slice(0, 7), date);
    setDay(date);
    moveFocusRef.current = true;
  }

  function changeZone(next: string) {
    // A slot keeps its instant, but the listed days change: clear the pick so the visitor re-confirms.
    setChosenZone(next);
    props.onTimeZoneChange?.(next);
    setSlot(null);
  }

  function changeDuration(next: number) {
    setDurationChoice(next);
    setSlot(null);
  }

  const error = eventType.error ?? availability.error;
  const loading = !error && (eventType.isPending || availability.isPending);
  const longDate = (date: IsoDate) =>
    formatCalendarDate(date, locale.intl, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });

  return (
    <WidgetRoot
      widget="availability-picker"
      className="convene-picker"
      aria-busy={loading || undefined}
      data-loading={loading ? '' : undefined}
    >
      <h2 className="convene-picker-title">{t('picker.title')}</h2>
      <div className="convene-picker-options">
        {durations.length > 1 ? (
          <DurationChoice
            label={t('picker.duration')}
            durations={durations}
            value={durationId}
            onChange={changeDuration}
            formatMinutes={(minutes) =>
              new Intl.NumberFormat(locale.intl, {
                style: 'unit',
                unit: 'minute',
                unitDisplay: 'short',
              }).format(minutes)
            }
          />
        ) : null}
        <TimeZoneSelect value={timeZone} onChange={changeZone} eventZone={eventType.data?.timeZone} />
      </div>
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
          <MonthGrid
            ref={gridRef}
            month={month}
            today={today}
            focusedDay={focusedDay}
            selectedDay={shownDay}
            slotCount={(date) => slotsByDay.get(date)?.length ?? 0}
            longDate={longDate}
            onStepMonth={(by) => showMonth(shiftMonth(month, by))}
            onKeyDown={onGridKeyDown}
            onFocusDay={setFocusedDay}
            onPickDay={setDay}
          />
          {/*
            Not the slot list itself: a live list reads out every time of the day. One sentence instead,
            once the chosen day's times are on screen.
          */}
          <p className="convene-visually-hidden" aria-live="polite">
            {loading || shownDay === null
              ? ''
              : t('picker.dayAnnouncement', {
                  count: daySlots.length,
                  date: formatCalendarDate(shownDay, locale.intl, {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                  }),
                })}
          </p>
          <section className="convene-picker-slots">
            {loading ? (
              <div className="convene-picker-skeleton">
                <p role="status">{tc('status.loading')}</p>
                <span aria-hidden="true" />
                <span aria-hidden="true" />
                <span aria-hidden="true" />
              </div>
            ) : !monthHasSlots ? (
              <>
                <p>{noneAhead ? t('picker.noSlotsAhead') : t('picker.noSlotsMonth')}</p>
                {noneAhead ? null : (
                  <button type="button" className="convene-button" onClick={() => void jumpToNextFreeDay()}>
                    {t('picker.jumpToNext')}
                  </button>
                )}
              </>
            ) : shownDay === null ? (
              <p>{t('picker.pickDay')}</p>
            ) : daySlots.length === 0 ? (
              <p>{t('picker.noSlotsDay')}</p>
            ) : (
              <>
                <h3 className="convene-picker-slots-title">
                  {t('picker.slotsFor', { date: longDate(shownDay) })}
                </h3>
                <SlotList
                  slots={daySlots}
                  selected={slot}
                  onSelect={setSlot}
                  locale={locale.intl}
                  hourCycle={props.hourCycle ?? hourCycle ?? 'auto'}
                  zoneText={(zone) => t('picker.slotZone', { zone })}
                />
              </>
            )}
          </section>
        </div>
      )}
    </WidgetRoot>
  );
}
