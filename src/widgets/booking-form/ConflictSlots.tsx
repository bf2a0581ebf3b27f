import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { availabilityQuery } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { formatLongDate, formatTime } from '../../core/time/format';
import { instantToZonedParts } from '../../core/time/zoned';
import type { Slot } from '../../vendors/simplymeet/availability';
import { bookingFormMessages } from './messages';

export interface ConflictSlotsProps {
  eventTypeId: number;
  durationId: number | undefined;
  /** The slot that was taken. */
  taken: Slot;
  disabled: boolean;
  onPick: (slot: Slot) => void;
  onOtherDay?: (() => void) | undefined;
}

const NEAREST = 4;

/** The free slots of that day closest to the taken one, in time order. */
export function nearestSlots(slots: readonly Slot[], taken: Slot, count = NEAREST): Slot[] {
  const at = Date.parse(taken.start);
  return slots
    .filter((slot) => slot.start !== taken.start)
    .sort((a, b) => Math.abs(Date.parse(a.start) - at) - Math.abs(Date.parse(b.start) - at))
    .slice(0, count)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** After a 409: say so, keep the input, offer the nearest free times of that day, booked in one click. */
export function ConflictSlots({
  eventTypeId,
  durationId,
  taken,
  disabled,
  onPick,
  onOtherDay,
}: ConflictSlotsProps) {
  const { client, locale, hourCycle } = useConvene();
  const t = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const { date } = instantToZonedParts(taken.start, taken.timeZone);
  const availability = useQuery(
    availabilityQuery(client, eventTypeId, {
      month: date.slice(0, 7),
      timeZone: taken.timeZone,
      durationId,
      durationMinutes: taken.durationMinutes,
    }),
  );
  const day = availability.data?.find((candidate) => candidate.date === date);
  const options = nearestSlots(day?.slots ?? [], taken);
  const time = (instant: string) => formatTime(instant, taken.timeZone, locale.intl, hourCycle ?? 'auto');
  const longDate = formatLongDate(taken.start, taken.timeZone, locale.intl);

  return (
    <div className="convene-alert convene-booking-conflict" role="alert" data-tone="warning">
      <div className="convene-alert-text">
        <p>
          <strong>{t('conflict.title')}</strong>
        </p>
        <p>{t('conflict.text', { time: time(taken.start) })}</p>
      </div>
      <section
        className="convene-booking-conflict-slots"
        aria-label={t('conflict.nearest', { date: longDate })}
      >
        {availability.isPending ? null : options.length === 0 ? (
          <p>{t('conflict.none')}</p>
        ) : (
          <ul className="convene-booking-conflict-list">
            {options.map((slot) => (
              <li key={slot.start}>
                <button
                  type="button"
                  className="convene-button"
                  disabled={disabled}
                  onClick={() => onPick(slot)}
                >
                  {t('conflict.bookAt', { time: time(slot.start) })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {onOtherDay ? (
          <button type="button" className="convene-button" onClick={onOtherDay}>
            {t('conflict.otherDay')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
