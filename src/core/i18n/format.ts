/**
 * A deliberately small ICU subset: `{name}` and `{count, plural, one {# slot} other {# slots}}`
 * (with `=0`-style exact matches). A full ICU library would cost more than all our widgets'
 * strings together in the script build; nothing here needs select or nested formats.
 */
import { elideBefore } from './elision';

export type MessageValues = Record<string, string | number>;

const pluralRulesCache = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

/** Splits `one {a} other {b}` into its cases, respecting nested braces. */
function parseCases(source: string): Map<string, string> {
  const cases = new Map<string, string>();
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('{', index);
    if (open === -1) break;
    const key = source.slice(index, open).trim();
    let depth = 1;
    let close = open + 1;
    while (close < source.length && depth > 0) {
      if (source[close] === '{') depth++;
      else if (source[close] === '}') depth--;
      close++;
    }
    cases.set(key, source.slice(open + 1, close - 1));
    index = close;
  }
  return cases;
}

function findClosingBrace(template: string, open: number): number {
  let depth = 0;
  for (let index = open; index < template.length; index++) {
    if (template[index] === '{') depth++;
    else if (template[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

export function formatMessage(template: string, values: MessageValues = {}, locale = 'en'): string {
  let out = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open === -1) {
      out += template.slice(index);
      break;
    }
    out += template.slice(index, open);
    const close = findClosingBrace(template, open);
    if (close === -1) {
      out += template.slice(open);
      break;
    }
    const body = template.slice(open + 1, close);
    const [name = '', kind, ...rest] = body.split(',');
    const value = values[name.trim()];
    if (kind?.trim() === 'plural') {
      const count = Number(value ?? 0);
      const cases = parseCases(rest.join(','));
      const chosen =
        cases.get(`=${count}`) ?? cases.get(pluralRules(locale).select(count)) ?? cases.get('other') ?? '';
      out += formatMessage(chosen, values, locale).replaceAll(
        '#',
        new Intl.NumberFormat(locale).format(count),
      );
    } else if (value === undefined) {
      out += `{${body}}`;
    } else {
      out = elideBefore(out, String(value), locale) + String(value);
    }
    index = close + 1;
  }
  return out;
}
