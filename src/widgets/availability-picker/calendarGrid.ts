import {
  addDays,
  addMonths,
  type IsoDate,
  type IsoMonth,
  isoWeekday,
  monthRange,
} from '../../core/time/zoned';

/** Weeks of a month, Monday first; days outside the month are null so the grid keeps its columns. */
export function monthWeeks(month: IsoMonth): (IsoDate | null)[][] {
  const { start, end } = monthRange(month);
  const cells: (IsoDate | null)[] = Array.from({ length: isoWeekday(start) - 1 }, () => null);
  for (let day = start; day <= end; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** WAI-ARIA date grid keys: arrows by day/week, Home/End to the week's ends, PageUp/PageDown by month. */
export function moveDate(date: IsoDate, key: string): IsoDate | undefined {
  const weekday = isoWeekday(date);
  switch (key) {
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'Home':
      return addDays(date, 1 - weekday);
    case 'End':
      return addDays(date, 7 - weekday);
    case 'PageDown':
      return addMonths(date, 1);
    case 'PageUp':
      return addMonths(date, -1);
    default:
      return undefined;
  }
}
