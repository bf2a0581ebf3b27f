import type { ManagedBooking } from '../../vendors/simplymeet/managedBooking';
import { locationTypeName } from '../booking-form/locationName';
import { useBookingText } from './useBookingText';

/** What, when (in the visitor's zone), where, whose and whether it still stands. */
export function BookingFacts({ booking, timeZone }: { booking: ManagedBooking; timeZone: string }) {
  const { t, tf, span } = useBookingText();
  const where =
    booking.location.text ||
    (booking.location.type ? locationTypeName(booking.location.type, tf) : undefined);
  return (
    <dl className="convene-booking-facts">
      <dt>{t('manage.what')}</dt>
      <dd>{booking.eventType.name}</dd>
      <dt>{t('manage.when')}</dt>
      <dd>{span(booking.start, booking.end, timeZone)}</dd>
      {where ? (
        <>
          <dt>{t('manage.where')}</dt>
          <dd>{where}</dd>
        </>
      ) : null}
      {booking.inviteeName ? (
        <>
          <dt>{t('manage.who')}</dt>
          <dd>{booking.inviteeName}</dd>
        </>
      ) : null}
      <dt>{t('manage.status')}</dt>
      <dd data-status={booking.status}>
        {booking.status === 'cancelled' ? t('manage.statusCancelled') : t('manage.statusActive')}
      </dd>
    </dl>
  );
}
