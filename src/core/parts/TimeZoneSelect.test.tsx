import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConveneProvider } from '../ConveneProvider';
import { TimeZoneSelect } from './TimeZoneSelect';

const zones = ['Europe/Amsterdam', 'America/New_York', 'America/Los_Angeles', 'Asia/Calcutta'];

/** The visitor sits in Amsterdam (never the test machine's zone); the clock is test/clock.ts's November day. */
function Harness({
  locale = 'en',
  zones: offered = zones,
  eventZone,
}: {
  locale?: string;
  zones?: readonly string[] | undefined;
  eventZone?: string;
}) {
  const [zone, setZone] = useState('Europe/Amsterdam');
  return (
    <ConveneProvider
      proxyUrl="http://proxy.test"
      siteKey="pk_test"
      locale={locale}
      timeZone="Europe/Amsterdam"
    >
      <TimeZoneSelect value={zone} onChange={setZone} zones={offered} eventZone={eventZone} />
      <button type="button">Elsewhere</button>
      <p>Plain text</p>
    </ConveneProvider>
  );
}

/** The city each option names, in order (without the "Your time zone" mark). */
const cities = () =>
  screen
    .getAllByRole('option')
    .map((option) => option.querySelector('.convene-timezone-city')?.firstChild?.textContent);

/** The list is a chunk of its own: once it is there, focus moves into its search box. */
async function searchBoxFocused() {
  const search = await screen.findByRole('combobox');
  await waitFor(() => expect(document.activeElement).toBe(search));
  return search;
}

async function openAndSearch(text: string, props: Parameters<typeof Harness>[0] = {}) {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  await user.click(screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' }));
  await searchBoxFocused();
  if (text) await user.keyboard(text);
  return user;
}

describe('TimeZoneSelect', () => {
  it('switches zone with the keyboard only and returns focus to the button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const trigger = screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect((await searchBoxFocused()).getAttribute('aria-label')).toBe('Search time zones');

    await user.keyboard('america');
    expect(cities()).toEqual(['Los Angeles', 'New York']);
    await user.keyboard('{ArrowDown}');
    const combobox = screen.getByRole('combobox');
    expect(combobox.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]?.id);
    await user.keyboard('{Enter}');

    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New York time (UTC-5)' }));
  });

  it('opens with Space too, and typing a space then goes into the search', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' }).focus();
    await user.keyboard(' ');
    await searchBoxFocused();
    await user.keyboard('new york');
    expect(cities()).toEqual(['New York']);
  });

  it('finds renamed cities by their current names and shows them so', async () => {
    await openAndSearch('Kolkata', { zones: ['Asia/Calcutta', 'Europe/Kiev', 'Asia/Saigon'] });
    expect(cities()).toEqual(['Kolkata']);
    await userEvent.setup().clear(screen.getByRole('combobox'));
    await userEvent.setup().type(screen.getByRole('combobox'), 'Kyiv');
    expect(cities()).toEqual(['Kyiv']);
  });

  it('finds a country before zones that merely contain its name', async () => {
    const offered = [
      'America/Indiana/Indianapolis',
      'America/Indiana/Knox',
      'Asia/Calcutta',
      'Europe/Amsterdam',
    ];
    await openAndSearch('India', { zones: offered });
    // The country table arrives a moment after opening; then India leads.
    await screen.findByText(/^India ·/);
    expect(cities()[0]).toBe('Kolkata');
    expect(cities()).toHaveLength(3);
  });

  it('finds zones by UTC offset and by their generic name', async () => {
    const offered = [...zones, 'Europe/Berlin', 'Asia/Kathmandu'];
    await openAndSearch('+05:30', { zones: offered });
    expect(cities()).toEqual(['Kolkata']);
    const user = userEvent.setup();
    await user.clear(screen.getByRole('combobox'));
    await user.type(screen.getByRole('combobox'), 'Central European');
    expect(cities()).toEqual(['Amsterdam', 'Berlin']);
  });

  it('offers the visitor’s zone first, then the event’s, each marked', async () => {
    await openAndSearch('', { eventZone: 'America/New_York' });
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toContain('Amsterdam · Your time zone');
    expect(options[1]?.textContent).toContain('New York · Event’s time zone');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('closes on Tab and on a click elsewhere, without leaving the list over the page', async () => {
    const user = await openAndSearch('new');
    await user.keyboard('{Tab}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' }));

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('listbox')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));

    // A click on nothing in particular: focus would be lost, so it goes back to the button.
    await user.click(screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' }));
    await searchBoxFocused();
    await user.click(screen.getByText('Plain text'));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' }));
  });

  it('reads as a French visitor expects, with the elided "d’" before a vowel', async () => {
    const user = userEvent.setup();
    render(<Harness locale="fr" />);
    await user.click(screen.getByRole('button', { name: 'Heure d’Amsterdam (UTC+1)' }));
    await searchBoxFocused();
    await user.keyboard('new york{Enter}');
    expect(screen.getByRole('button', { name: 'Heure de New York (UTC-5)' })).toBeTruthy();
  });

  it('finds a zone by its city with spaces, picks it by click and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness locale="nl" />);
    await user.click(screen.getByRole('button', { name: 'Amsterdam-tijd (UTC+1)' }));
    await searchBoxFocused();
    await user.keyboard('new york');
    await user.click(screen.getByRole('option', { name: /New York/ }));
    expect(screen.getByRole('button', { name: 'New York-tijd (UTC-5)' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New York-tijd (UTC-5)' }));
    await searchBoxFocused();
    await user.keyboard('atlantis');
    expect(within(screen.getByRole('listbox')).queryAllByRole('option')).toHaveLength(0);
    expect(screen.getAllByText('Geen tijdzone gevonden voor “atlantis”').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New York-tijd (UTC-5)' }));
  });
});
