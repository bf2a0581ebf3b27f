import { within } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { resetSandbox, sandboxProxyUrl } from '../../src/widgets/booker/sandboxTesting';

const LONG = { timeout: 10_000 };
const added: Element[] = [];

/**
 * The built dist/embed/convene.js, loaded as a page's <script> would run it. Its build rearranges modules (every
 * lazy part inlined as a static import, catalogs grouped by language): here every element proves it still renders
 * in Dutch and French, and the Booker's form step, a chunk in the npm build, opens from inside the one file.
 */
beforeAll(async () => {
  await resetSandbox();
  const script = document.createElement('script');
  script.textContent = await commands.readBuiltEmbed();
  document.head.append(script);
});

afterEach(() => {
  for (const element of added.splice(0)) element.remove();
});

function mount(tag: string, locale: string, attributes: Record<string, string> = {}) {
  const element = document.createElement(tag);
  element.setAttribute('proxy-url', sandboxProxyUrl());
  element.setAttribute('site-key', 'pk_sandbox');
  element.setAttribute('locale', locale);
  element.setAttribute('time-zone', 'Europe/Amsterdam');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  added.push(element);
  return element;
}

async function inside(element: Element) {
  await expect.poll(() => element.shadowRoot?.querySelector('.convene-embed-root'), LONG).toBeTruthy();
  return within(element.shadowRoot?.querySelector('.convene-embed-root') as HTMLElement);
}

const LANGUAGES = [
  {
    locale: 'nl-NL',
    picker: 'Kies een tijd',
    poll: 'Geef per tijdstip aan of het je uitkomt.',
    invite: 'Nodig mensen uit voor je Spot',
    manage: 'Deze link is niet geldig of verlopen. Gebruik de laatste link die je kreeg, of boek opnieuw.',
    scheduler: 'Kies een afspraak',
    fullName: 'Volledige naam',
    freeDay: /\d+ tijden? vrij$/,
  },
  {
    locale: 'fr-FR',
    picker: 'Choisissez un horaire',
    poll: 'Indiquez pour chaque créneau s’il vous convient.',
    invite: 'Invitez des personnes dans votre Spot',
    manage: 'Ce lien n’est pas valide ou a expiré. Utilisez le dernier lien reçu, ou réservez à nouveau.',
    scheduler: 'Choisissez un rendez-vous',
    fullName: 'Nom complet',
    freeDay: /\d+ horaires? libres?$/,
  },
] as const;

describe('every element of the built script, in Dutch and French', () => {
  it.each(LANGUAGES)('$locale: each element speaks the language', async (language) => {
    const widgets: Array<[Element, string]> = [
      [mount('convene-availability-picker', language.locale, { 'event-type': '1' }), language.picker],
      [mount('convene-poll-voter', language.locale, { poll: '1' }), language.poll],
      [mount('convene-member-invite', language.locale, { directory: 'meltingspot' }), language.invite],
      [mount('convene-manage-booking', language.locale), language.manage],
      [mount('convene-scheduler', language.locale), language.scheduler],
    ];
    for (const [element, text] of widgets) {
      expect(await (await inside(element)).findByText(text, {}, LONG)).toBeTruthy();
    }
  });

  it.each(LANGUAGES)('$locale: the Booker opens its form step from inside the file', async (language) => {
    const booker = await inside(mount('convene-booker', language.locale, { 'event-type': '1' }));
    const [day] = await booker.findAllByRole('button', { name: language.freeDay }, LONG);
    await userEvent.click(day as HTMLElement);
    const [time] = await booker.findAllByRole('button', { name: /^\d{1,2}:\d{2} – / }, LONG);
    await userEvent.click(time as HTMLElement);
    expect(await booker.findByRole('textbox', { name: language.fullName }, LONG)).toBeTruthy();
  });
});
