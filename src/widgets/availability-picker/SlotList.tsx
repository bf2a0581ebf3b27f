import { formatTime, type HourCycle, zoneCityName } from '../../core/time/format';
import { addMinutes } from '../../core/time/zoned';
import type { Slot } from '../../vendors/simplymeet/availability';

export interface SlotListProps {
  slots: readonly Slot[];
  selected: Slot | null;
  onSelect: (slot: Slot) => void;
  locale: string;
  hourCycle: HourCycle;
  /** "(Amsterdam time)" from the catalog: read by screen readers after the visible "09:30 – 10:00". */
  zoneText: (zone: string) => string;
}

/** The free times of one day as toggle buttons; each names its start, end and (for screen readers) zone. */
export function SlotList({ slots, selected, onSelect, locale, hourCycle, zoneText }: SlotListProps) {
  return (
    <ul className="convene-picker-slot-list">
      {slots.map((slot) => {
        const start = formatTime(slot.start, slot.timeZone, locale, hourCycle);
        const end = formatTime(
          addMinutes(slot.start, slot.durationMinutes),
          slot.timeZone,
          locale,
          hourCycle,
        );
        return (
          <li key={slot.start}>
            <button
              type="button"
              className="convene-button convene-picker-slot"
              aria-pressed={selected?.start === slot.start}
              onClick={() => onSelect(slot)}
            >
              {/* The name is the visible text plus the zone, so voice control users can say what they see. */}
              {`${start} – ${end}`}{' '}
              <span className="convene-visually-hidden">{zoneText(zoneCityName(slot.timeZone))}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
