import { type KeyboardEvent, type Ref, useMemo } from 'react';
import { useConvene } from '../../core/context';
import { createTranslator } from '../../core/i18n/catalog';
import { formatCalendarDate, formatMonth } from '../../core/time/format';
import type { IsoDate, IsoMonth } from '../../core/time/zoned';
import { monthWeeks } from './calendarGrid';
import { pickerMessages } from './messages';

/** Any Monday-to-Sunday week, for the weekday column headers (2 November 2026 is a Monday). */
const MONDAY_TO_SUNDAY = monthWeeks('2026-11')[1] ?? [];

export interface MonthGridProps {
  ref: Ref<HTMLTableElement>;
  month: IsoMonth;
  today: IsoDate;
  /** The one day in the tab order (roving tab stop). */
  focusedDay: IsoDate;
  selectedDay: IsoDate | null;
  slotCount: (date: IsoDate) => number;
  longDate: (date: IsoDate) => string;
  onStepMonth: (by: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocusDay: (date: IsoDate) => void;
  onPickDay: (date: IsoDate) => void;
}

/** Rendering of the month: previous/next, the month name and the grid of day buttons. State lives above. */
export function MonthGrid(props: MonthGridProps) {
  const { ref, month, today, focusedDay, selectedDay, slotCount, longDate } = props;
  const { locale } = useConvene();
  const t = useMemo(() => createTranslator(pickerMessages, locale), [locale]);
  const monthName = formatMonth(month, locale.intl);
  return (
    <div className="convene-picker-calendar">
      <div className="convene-picker-month">
        <button
          type="button"
          className="convene-button"
          aria-label={t('picker.previousMonth')}
          onClick={() => props.onStepMonth(-1)}
        >
          ‹
        </button>
        <h3 className="convene-picker-month-name" aria-live="polite">
          {monthName}
        </h3>
        <button
          type="button"
          className="convene-button"
          aria-label={t('picker.nextMonth')}
          onClick={() => props.onStepMonth(1)}
        >
          ›
        </button>
      </div>
      {/*
        A table of day buttons with one roving tab stop: arrows, Home/End and PageUp/PageDown move like
        the WAI-ARIA date grid, while the markup stays semantic (table headers name the weekdays).
      */}
      <table ref={ref} className="convene-picker-grid" aria-label={monthName}>
        <thead>
          <tr>
            {MONDAY_TO_SUNDAY.map((date) =>
              date ? (
                // A single letter ("T", "D") says nothing read aloud: the header's name is the full weekday.
                <th key={date} scope="col" abbr={formatCalendarDate(date, locale.intl, { weekday: 'long' })}>
                  <span aria-hidden="true">
                    {formatCalendarDate(date, locale.intl, { weekday: 'narrow' })}
                  </span>
                  <span className="convene-visually-hidden">
                    {formatCalendarDate(date, locale.intl, { weekday: 'long' })}
                  </span>
                </th>
              ) : null,
            )}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean) ?? 'empty'}>
              {week.map((date, column) => {
                // Padding cells have no identity but their column within this week's row.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                if (!date) return <td key={column} />;
                const count = slotCount(date);
                const label = t(count > 0 ? 'picker.dayAvailable' : 'picker.dayUnavailable', {
                  date: longDate(date),
                  count,
                });
                return (
                  <td key={date}>
                    <button
                      type="button"
                      className="convene-picker-day"
                      data-date={date}
                      data-free={count > 0 ? '' : undefined}
                      data-today={date === today ? '' : undefined}
                      aria-current={date === today ? 'date' : undefined}
                      tabIndex={date === focusedDay ? 0 : -1}
                      aria-pressed={date === selectedDay}
                      aria-disabled={count > 0 ? undefined : true}
                      aria-label={date === today ? `${label} (${t('picker.today')})` : label}
                      onKeyDown={props.onKeyDown}
                      // Roving tab stop follows focus however it arrives (pointer, script, tab).
                      onFocus={() => props.onFocusDay(date)}
                      onClick={() => {
                        props.onFocusDay(date);
                        if (count > 0) props.onPickDay(date);
                      }}
                    >
                      {Number(date.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
