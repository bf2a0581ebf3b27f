import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';

describe('formatMessage', () => {
  it('fills named values', () => {
    expect(formatMessage('Times in {zone} time', { zone: 'Amsterdam' })).toBe('Times in Amsterdam time');
  });

  it('keeps a placeholder visible when its value is missing, so a gap is noticed rather than hidden', () => {
    expect(formatMessage('Hello {name}')).toBe('Hello {name}');
  });

  it.each([
    [0, 'en', 'no slots free'],
    [1, 'en', '1 slot free'],
    [5, 'en', '5 slots free'],
    [1200, 'en', '1,200 slots free'],
    [1200, 'nl', '1.200 slots free'],
  ])('chooses the plural case for %i in %s', (count, locale, expected) => {
    const template = '{count, plural, =0 {no slots free} one {# slot free} other {# slots free}}';
    expect(formatMessage(template, { count }, locale)).toBe(expected);
  });

  it('uses French plural rules, where 0 and 1 are both singular', () => {
    const template = '{n, plural, one {# place libre} other {# places libres}}';
    expect(formatMessage(template, { n: 0 }, 'fr')).toBe('0 place libre');
    expect(formatMessage(template, { n: 2 }, 'fr')).toBe('2 places libres');
  });

  it('formats values nested inside a plural case', () => {
    const template = '{n, plural, one {# vote for {option}} other {# votes for {option}}}';
    expect(formatMessage(template, { n: 3, option: 'Monday' })).toBe('3 votes for Monday');
  });
});
