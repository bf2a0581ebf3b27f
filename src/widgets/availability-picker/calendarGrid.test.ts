import { describe, expect, it } from 'vitest';
import { monthWeeks, moveDate } from './calendarGrid';

describe('monthWeeks', () => {
  it('starts on Monday and pads days outside the month', () => {
    const weeks = monthWeeks('2026-12');
    // 1 December 2026 is a Tuesday.
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks.at(-1)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  });
});

describe('moveDate', () => {
  it('moves like a WAI-ARIA date grid, across months', () => {
    expect(moveDate('2026-12-31', 'ArrowRight')).toBe('2027-01-01');
    expect(moveDate('2026-12-03', 'ArrowUp')).toBe('2026-11-26');
    expect(moveDate('2026-12-03', 'Home')).toBe('2026-11-30');
    expect(moveDate('2026-12-03', 'End')).toBe('2026-12-06');
    expect(moveDate('2027-01-31', 'PageDown')).toBe('2027-02-28');
    expect(moveDate('2026-12-03', 'a')).toBeUndefined();
  });
});
