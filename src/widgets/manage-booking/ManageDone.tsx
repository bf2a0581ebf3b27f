import { useEffect, useId, useRef } from 'react';
import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { icsDataUrl, icsFileName, toIcs } from '../booking-form/ics';
import { BookingFacts } from './BookingFacts';
import { useBookingText } from './useBookingText';

/**
 * The end of a change: what now stands, and a calendar file with the booking's UID and its revision as
 * SEQUENCE, so the visitor's calendar moves or removes the copy it already has.
 */
export function ManageDone({ booking, timeZone }: { booking: ManagedBooking; timeZone: string }) {
  const { t } = useBookingText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const cancelled = booking.status === 'cancelled';
  const ics = toIcs({
    uid: booking.calendarUid,
    start: booking.start,
    end: booking.end,
    summary: booking.eventType.name,
    location: booking.location.text,
    sequence: booking.revision,
    method: cancelled ? 'CANCEL' : 'PUBLISH',
  });
  return (
    <section className="convene-manage-done" aria-labelledby={headingId} data-state={booking.status}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {cancelled ? t('manage.cancelled') : t('manage.rescheduled')}
      </h2>
      <BookingFacts booking={booking} timeZone={timeZone} />
      <a className="convene-button" href={icsDataUrl(ics)} download={icsFileName(booking.eventType.name)}>
        {cancelled ? t('manage.icsCancel') : t('manage.icsUpdate')}
      </a>
    </section>
  );
}
