import { describe, expect, it } from 'vitest';
import { elideBefore } from './elision';
import { formatMessage } from './format';

/** Every French catalog of the library, found by path so a new widget's catalog is checked too. */
const catalogs = import.meta.glob<Record<string, Record<string, string>>>('../../**/messages/fr.ts', {
  eager: true,
});
const frenchStrings = Object.entries(catalogs).flatMap(([path, module]) =>
  Object.values(module).flatMap((catalog) =>
    Object.entries(catalog).map(([key, text]) => ({ where: `${path} ${key}`, text })),
  ),
);

describe('French typography', () => {
  it('finds the catalogs it checks', () => {
    expect(frenchStrings.length).toBeGreaterThan(100);
  });

  it('puts a non-breaking space before : ; ? ! and inside « », never a plain one or none', () => {
    const wrong = frenchStrings.filter(
      ({ text }) =>
        /[^\u00a0\u202f\d][:;?!](?=\s|$|['’»])/.test(text) || /«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text),
    );
    expect(wrong.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('elides "de" and "que" before a value that starts with a vowel or a silent h', () => {
    expect(formatMessage('Heure de {city}', { city: 'Amsterdam' }, 'fr')).toBe('Heure d’Amsterdam');
    expect(formatMessage('Heure de {city}', { city: 'Helsinki' }, 'fr')).toBe('Heure d’Helsinki');
    expect(formatMessage('Heure de {city}', { city: 'Paris' }, 'fr')).toBe('Heure de Paris');
    expect(formatMessage('Heure de {city}', { city: 'Hong Kong' }, 'fr')).toBe('Heure de Hong Kong');
    expect(formatMessage('Plus tôt que {name}', { name: 'Ines' }, 'fr')).toBe('Plus tôt qu’Ines');
    // Only the word "de", only in French.
    expect(formatMessage('Monde {city}', { city: 'Oslo' }, 'fr')).toBe('Monde Oslo');
    expect(formatMessage('Time de {city}', { city: 'Oslo' }, 'en')).toBe('Time de Oslo');
    expect(elideBefore('Heure de ', 'Europe', 'fr-CA')).toBe('Heure d’');
    expect(elideBefore('Heure de ', 'Europe', 'nl')).toBe('Heure de ');
  });

  it('reads naturally in the widgets’ own sentences', () => {
    const fr = (module: string) => {
      const found = Object.entries(catalogs).find(([path]) => path.includes(module));
      return Object.values(found?.[1] ?? {})[0] as Record<string, string>;
    };
    const picker = fr('availability-picker');
    const booker = fr('widgets/booker/');
    const invite = fr('member-invite');
    const poll = fr('poll-voter');
    expect(formatMessage(booker['booker.fact'] ?? '', { label: booker['booker.duration'] ?? '' }, 'fr')).toBe(
      'Durée\u00a0:',
    );
    expect(formatMessage(picker['picker.slotZone'] ?? '', { zone: 'Amsterdam' }, 'fr')).toBe(
      '(heure d’Amsterdam)',
    );
    expect(
      formatMessage(picker['picker.dayAnnouncement'] ?? '', { count: 3, date: 'mardi 7 décembre' }, 'fr'),
    ).toBe('3 horaires libres le mardi 7 décembre');
    expect(formatMessage(invite['summary.invalid'] ?? '', { count: 1 }, 'fr')).toBe(
      '1 adresse non valide, non envoyée',
    );
    expect(formatMessage(poll['poll.movedDay'] ?? '', { date: 'mardi 1 décembre' }, 'fr')).toBe(
      'Date de l’organisateur\u00a0: mardi 1 décembre',
    );
  });
});
