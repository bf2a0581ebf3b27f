import { describe, expect, it } from 'vitest';
import { nameParts, parseAddresses } from './parseAddresses';

const emails = (text: string) => parseAddresses(text).addresses.map((a) => a.email);
const validity = (text: string) =>
  parseAddresses(text).addresses.map((a) => [a.email, a.invalid ?? 'valid'] as const);

describe('parseAddresses: separators', () => {
  it.each([
    ['commas', 'a@x.com,b@x.com', ['a@x.com', 'b@x.com']],
    ['semicolons', 'a@x.com; b@x.com', ['a@x.com', 'b@x.com']],
    ['spaces', 'a@x.com   b@x.com', ['a@x.com', 'b@x.com']],
    ['tabs (spreadsheet column)', 'a@x.com\tb@x.com', ['a@x.com', 'b@x.com']],
    ['Windows new lines', 'a@x.com\r\nb@x.com\r\n', ['a@x.com', 'b@x.com']],
    ['trailing separators', 'a@x.com,;, \n', ['a@x.com']],
    ['leading separators', ' ,;\n\ta@x.com', ['a@x.com']],
    [
      'mixed all at once',
      'a@x.com, b@x.com;c@x.com\td@x.com\ne@x.com f@x.com',
      ['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com', 'f@x.com'],
    ],
    ['nothing but separators', ' ,;\n', []],
    ['empty text', '', []],
    ['mailto: links pasted from a page', 'mailto:a@x.com', ['a@x.com']],
  ])('%s', (_label, text, expected) => {
    expect(emails(text)).toEqual(expected);
  });
});

describe('parseAddresses: names', () => {
  it('takes the display name of `Name <email>` and splits it into first and last name', () => {
    const [address] = parseAddresses('Ada Lovelace <ada@x.com>').addresses;
    expect(address).toMatchObject({
      email: 'ada@x.com',
      name: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    expect(address?.invalid).toBeUndefined();
  });

  it('keeps a comma inside a quoted "Last, First" name instead of splitting on it', () => {
    const { addresses } = parseAddresses('"Lovelace, Ada" <ada@x.com>, "Hopper, Grace" <grace@x.com>');
    expect(addresses.map((a) => [a.email, a.firstName, a.lastName])).toEqual([
      ['ada@x.com', 'Ada', 'Lovelace'],
      ['grace@x.com', 'Grace', 'Hopper'],
    ]);
  });

  it('tells a bare address before a named one apart from the name', () => {
    const { addresses } = parseAddresses('bob@x.com Ada Lovelace <ada@x.com>');
    expect(addresses.map((a) => [a.email, a.name])).toEqual([
      ['bob@x.com', undefined],
      ['ada@x.com', 'Ada Lovelace'],
    ]);
  });

  it('accepts `<email>` without a name', () => {
    expect(parseAddresses('<ada@x.com>').addresses[0]).toMatchObject({ email: 'ada@x.com' });
    expect(parseAddresses('<ada@x.com>').addresses[0]?.name).toBeUndefined();
  });

  it('keeps multi-word first names together', () => {
    expect(nameParts('Mary Ann van Dijk')).toEqual({ firstName: 'Mary Ann van', lastName: 'Dijk' });
    expect(nameParts('Cher')).toEqual({ firstName: 'Cher' });
  });
});

describe('parseAddresses: validity', () => {
  it.each([
    ['plus-addressing', 'ada+newsletter@x.com', 'valid'],
    ['subdomains', 'ada@mail.eu.example.org', 'valid'],
    ['IDN domain in Unicode', 'jan@bücher.de', 'valid'],
    ['IDN domain already in punycode', 'jan@xn--bcher-kva.de', 'valid'],
    ['Unicode TLD', 'user@例子.测试', 'valid'],
    ['apostrophe in the local part', "o'brien@x.ie", 'valid'],
    ['no @', 'ada.example.com', 'missing_at'],
    ['a lone word', 'Ada', 'missing_at'],
    ['empty local part', '@x.com', 'invalid_local_part'],
    ['double dot in local part', 'a..b@x.com', 'invalid_local_part'],
    ['leading dot in local part', '.a@x.com', 'invalid_local_part'],
    ['two @', 'a@b@x.com', 'invalid_local_part'],
    ['local part over 64 characters', `${'a'.repeat(65)}@x.com`, 'invalid_local_part'],
    ['no domain', 'ada@', 'invalid_domain'],
    ['domain without a dot', 'ada@localhost', 'invalid_domain'],
    ['domain ending in a dot', 'ada@x.', 'invalid_domain'],
    ['double dot in domain', 'ada@x..com', 'invalid_domain'],
    ['label starting with a hyphen', 'ada@-x.com', 'invalid_domain'],
    ['IP address', 'ada@192.168.1.1', 'invalid_domain'],
    ['underscore in domain', 'ada@my_host.com', 'invalid_domain'],
    ['address over 254 characters', `${'a'.repeat(64)}@${`${'b'.repeat(60)}.`.repeat(4)}com`, 'too_long'],
  ])('%s: %s', (_label, text, expected) => {
    expect(validity(text)).toEqual([[expect.any(String), expected]]);
  });

  it('marks an unclosed bracket instead of swallowing what follows silently', () => {
    const { addresses } = parseAddresses('Ada <ada@x.com');
    expect(addresses).toHaveLength(1);
    expect(addresses[0]?.invalid).toBe('unclosed_bracket');
  });

  it('keeps invalid entries visible, in order, beside the valid ones', () => {
    expect(validity('a@x.com, nonsense, b@x')).toEqual([
      ['a@x.com', 'valid'],
      ['nonsense', 'missing_at'],
      ['b@x', 'invalid_domain'],
    ]);
  });

  it('lower-cases the domain but keeps the local part as typed', () => {
    expect(emails('Ada.Lovelace@Example.COM')).toEqual(['Ada.Lovelace@example.com']);
  });
});

describe('parseAddresses: duplicates', () => {
  it('merges addresses that differ only in case and counts the merge', () => {
    const result = parseAddresses('ada@x.com, ADA@X.COM; Ada@x.com');
    expect(result.addresses.map((a) => a.email)).toEqual(['ada@x.com']);
    expect(result.duplicatesMerged).toBe(2);
  });

  it('lets a later named form fill in the name of an earlier bare address', () => {
    const [address] = parseAddresses('ada@x.com, Ada Lovelace <ada@x.com>').addresses;
    expect(address).toMatchObject({ name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace' });
  });

  it('merges against addresses already in the list when more are pasted', () => {
    const first = parseAddresses('ada@x.com');
    const second = parseAddresses('grace@x.com, Ada@X.com', first.addresses);
    expect(second.addresses.map((a) => a.email)).toEqual(['ada@x.com', 'grace@x.com']);
    expect(second.duplicatesMerged).toBe(1);
  });

  it('does not treat plus-addresses as duplicates of the plain address', () => {
    expect(emails('ada@x.com ada+1@x.com')).toHaveLength(2);
  });
});

describe('parseAddresses: volume', () => {
  it('parses 10,000 lines with names, duplicates and junk without dropping any', () => {
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      if (i % 100 === 0) lines.push(`not-an-address-${i}`);
      else if (i % 10 === 0) lines.push(`"Person, ${i}" <person${i}@example.org>`);
      else lines.push(`person${i}@example.org`);
    }
    lines.push('PERSON1@EXAMPLE.ORG'); // one duplicate at the very end
    const result = parseAddresses(lines.join('\n'));
    expect(result.addresses).toHaveLength(10_000);
    expect(result.duplicatesMerged).toBe(1);
    expect(result.addresses.filter((a) => a.invalid)).toHaveLength(100);
    expect(result.addresses[10]).toMatchObject({
      email: 'person10@example.org',
      firstName: '10',
      lastName: 'Person',
    });
  });

  it('handles one 10,000-address line without separators other than spaces', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `p${i}@x.com`).join(' ');
    expect(parseAddresses(text).addresses).toHaveLength(10_000);
  });
});
