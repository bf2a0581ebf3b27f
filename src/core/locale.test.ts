import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locale';

describe('resolveLocale', () => {
  it.each([
    ['nl-BE', { catalog: 'nl', intl: 'nl-BE' }],
    ['fr', { catalog: 'fr', intl: 'fr' }],
    ['EN-gb', { catalog: 'en', intl: 'en-GB' }],
    ['de-DE', { catalog: 'en', intl: 'en' }],
    ['not a tag!', { catalog: 'en', intl: 'en' }],
    [undefined, { catalog: 'en', intl: 'en' }],
  ])('%s -> %o', (tag, expected) => {
    expect(resolveLocale(tag)).toEqual(expected);
  });
});
