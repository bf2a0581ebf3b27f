import { useMemo } from 'react';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { formatLongDate, formatTime, zoneCityName } from '../../core/time/format';
import { bookingFormMessages } from '../booking-form/messages';
import { manageMessages } from './messages';

/** The manage strings, plus a booking's time span worded as on the Booker's success screen. */
export function useBookingText() {
  const { locale, hourCycle } = useConvene();
  const t = useMemo(() => createTranslator(manageMessages, locale), [locale]);
  const tf = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const time = (instant: string, zone: string) => formatTime(instant, zone, locale.intl, hourCycle ?? 'auto');
  const span = (start: string, end: string, zone: string) =>
    tf('form.slotSummary', {
      date: formatLongDate(start, zone, locale.intl),
      start: time(start, zone),
      end: time(end, zone),
      zone: zoneCityName(zone),
    });
  return { t, tf, time, span };
}
