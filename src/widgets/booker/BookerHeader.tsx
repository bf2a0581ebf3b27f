import { useMemo } from 'react';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import type { EventType } from '../../vendors/simplymeet/eventType';
import { locationTypeName } from '../booking-form/locationName';
import { bookingFormMessages } from '../booking-form/messages';
import { formatDurations } from './formatDurations';
import { bookerMessages } from './messages';

/** The event type's name, host, duration(s) and location, above both steps. */
export function BookerHeader({ eventType }: { eventType: EventType }) {
  const { locale } = useConvene();
  const t = useMemo(() => createTranslator(bookerMessages, locale), [locale]);
  const tf = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const { location } = eventType;
  const where =
    location.type === 'request'
      ? t('booker.locationChosen')
      : location.text || (location.type ? locationTypeName(location.type, tf) : undefined);
  return (
    <header className="convene-booker-header">
      <h2 className="convene-booker-name">{eventType.name}</h2>
      {eventType.hostName ? (
        <p className="convene-booker-host">{t('booker.host', { name: eventType.hostName })}</p>
      ) : null}
      <dl className="convene-booker-facts">
        <div>
          <dt>{t('booker.fact', { label: t('booker.duration') })}</dt>
          <dd>
            {formatDurations(
              eventType.durations.map((d) => d.minutes),
              locale.intl,
            )}
          </dd>
        </div>
        {where ? (
          <div>
            <dt>{t('booker.fact', { label: t('booker.location') })}</dt>
            <dd>{where}</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
