import { parseDate } from '@internationalized/date';
import { type IsoDate, type IsoMonth, isoWeekday, monthRange } from '../../core/time/zoned';

/** Weeks of a month, Monday first; days outside the month are null so the grid keeps its columns. */
export function monthWeeks(month: IsoMonth): (IsoDate | null)[][] {
  const { start, end } = monthRange(month);
  const cells: (IsoDate | null)[] = Array.from({ length: isoWeekday(start) - 1 }, () => null);
  for (let day = parseDate(start); day.toString() <= end; day = day.add({ days: 1 }))
    cells.push(day.toString());
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** WAI-ARIA date grid keys: arrows by day/week, Home/End to the week's ends, PageUp/PageDown by month. */
export function moveDate(date: IsoDate, key: string): IsoDate | undefined {
  const day = parseDate(date);
  const weekday = isoWeekday(date);
  switch (key) {
    case 'ArrowRight':
      return day.add({ days: 1 }).toString();
    case 'ArrowLeft':
      return day.subtract({ days: 1 }).toString();
    case 'ArrowDown':
      return day.add({ weeks: 1 }).toString();
    case 'ArrowUp':
      return day.subtract({ weeks: 1 }).toString();
    case 'Home':
      return day.subtract({ days: weekday - 1 }).toString();
    case 'End':
      return day.add({ days: 7 - weekday }).toString();
    case 'PageDown':
      return day.add({ months: 1 }).toString();
    case 'PageUp':
      return day.subtract({ months: 1 }).toString();
    default:
      return undefined;
  }
}
