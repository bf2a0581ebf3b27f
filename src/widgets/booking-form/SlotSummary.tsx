import { useMemo } from 'react';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { formatLongDate, formatTime, zoneCityName } from '../../core/time/format';
import { addMinutes } from '../../core/time/zoned';
import type { Slot } from '../../vendors/simplymeet/availability';
import { bookingFormMessages } from './messages';

/** "Tuesday 1 December 2026, 09:30–10:00 (Amsterdam time)": the slot on the wall clock it was picked in. */
export function SlotSummary({ slot }: { slot: Slot }) {
  const { locale, hourCycle } = useConvene();
  const t = useMemo(() => createTranslator(bookingFormMessages, locale), [locale]);
  const time = (instant: string) => formatTime(instant, slot.timeZone, locale.intl, hourCycle ?? 'auto');
  return (
    <p className="convene-booking-slot">
      {t('form.slotSummary', {
        date: formatLongDate(slot.start, slot.timeZone, locale.intl),
        start: time(slot.start),
        end: time(addMinutes(slot.start, slot.durationMinutes)),
        zone: zoneCityName(slot.timeZone),
      })}
    </p>
  );
}
