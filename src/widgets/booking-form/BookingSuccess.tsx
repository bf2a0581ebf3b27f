import { useEffect, useId, useMemo, useRef } from 'react';
import type { BookedEvent } from '../../client/simplymeet/scheduling';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { formatLongDate, formatTime, zoneCityName } from '../../core/time/format';
import { addMinutes } from '../../core/time/zoned';
import type { Slot } from '../../vendors/simplymeet/availability';
import { calendarUid } from '../../vendors/simplymeet/managedBooking';
import { icsDataUrl, icsFileName, toIcs } from './ics';
import { locationTypeName } from './locationName';
import { bookingFormMessages } from './messages';

export interface BookingSuccessProps {
  booking: BookedEvent;
  /** The slot as booked: its instant and the zone the visitor saw it in are what we show. */
  slot: Slot;
}

/**
 * What was booked, when (in the visitor's zone) and where, plus an .ics file. The times come from the slot the
 * visitor booked (a UTC instant) rather than the vendor's `scheduledAt`, whose zone the vendor text leaves open.
 */
export function BookingSuccess({ booking, slot }: BookingSuccessProps) {
  const { locale, hourCycle } = useConvene();
  const t = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  // The form the visitor was in is gone: move focus to the confirmation so screen readers announce it.
  useEffect(() => headingRef.current?.focus(), []);

  const minutes = booking.duration || slot.durationMinutes;
  const end = addMinutes(slot.start, minutes);
  const time = (instant: string) => formatTime(instant, slot.timeZone, locale.intl, hourCycle ?? 'auto');
  const where =
    booking.location || (booking.locationType ? locationTypeName(booking.locationType, t) : undefined);
  const ics = toIcs({
    uid: calendarUid(booking),
    start: slot.start,
    end,
    summary: booking.eventType.name,
    location: where,
  });

  return (
    <section className="convene-booking-success" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('success.title')}
      </h2>
      <dl className="convene-booking-facts">
        <dt>{t('success.what')}</dt>
        <dd>{booking.eventType.name}</dd>
        <dt>{t('success.when')}</dt>
        <dd>
          {t('form.slotSummary', {
            date: formatLongDate(slot.start, slot.timeZone, locale.intl),
            start: time(slot.start),
            end: time(end),
            zone: zoneCityName(slot.timeZone),
          })}
        </dd>
        {where ? (
          <>
            <dt>{t('success.where')}</dt>
            <dd>{where}</dd>
          </>
        ) : null}
      </dl>
      <p>{t('success.sentTo', { email: booking.invitee.email })}</p>
      <a className="convene-button" href={icsDataUrl(ics)} download={icsFileName(booking.eventType.name)}>
        {t('success.ics')}
      </a>
    </section>
  );
}
