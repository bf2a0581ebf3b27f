import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogsReady } from '../../core/i18n/catalogStore';
import { bookedEvent, consultation, fakeConvene } from '../booking-form/testSupport';
import { Booker } from './Booker';
import { prefetchBookingForm } from './LazyBookingForm';
import { manageViews } from './LazyManageViews';

afterEach(() => sessionStorage.clear());
// As in Booker.test.tsx: the form step arrives while a person picks a time; Vitest compiles it on first import.
beforeAll(() => prefetchBookingForm());

/** A fixed 30-minute event with nothing to ask: the visitor books with the prefilled name and email alone. */
const introCall = {
  ...consultation,
  durationType: 'fixed',
  eventTypeDurations: [],
  isShowPhone: false,
  isPhoneFieldRequired: false,
  locationType: 'zoom',
  questions: [],
};

// One test file = one module state: the manage views and their French strings have not arrived yet, as on a
// first visit; they come as a chunk of their own while the form is open.
describe('Booker success screen, with the manage views loaded on demand', () => {
  it('offers Reschedule and Cancel in French, with no English shown on the way', async () => {
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const user = userEvent.setup();
    const { wrapper } = fakeConvene(
      {
        eventType: introCall,
        book: () => bookedEvent({ manage: { token: 'manage-token', expiresAt: '2026-12-01T08:30:00Z' } }),
      },
      { locale: { catalog: 'fr', intl: 'fr-FR' } },
    );
    render(
      <Booker
        eventType={2}
        initialDate="2026-12-01"
        defaultValues={{ fullName: 'Ada Lovelace', email: 'ada@example.com' }}
      />,
      { wrapper },
    );

    await user.click(await screen.findByRole('button', { name: /^09:30/ }, { timeout: 5_000 }));
    const picked = shown.length;
    // A person takes a moment over the form: by then the manage views and their French strings are here.
    await waitFor(() => expect(manageViews.loaded()).toBeDefined(), { timeout: 5_000 });
    await waitFor(() => expect(catalogsReady('fr')).toBe(true));
    await user.click(await screen.findByRole('button', { name: 'Réserver' }, { timeout: 5_000 }));

    expect(await screen.findByRole('button', { name: 'Déplacer' }, { timeout: 5_000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annuler le rendez-vous' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Modifier ce rendez-vous' })).toBeTruthy();
    observer.disconnect();
    expect(shown.join('\n')).not.toMatch(/Reschedule|Cancel booking|Change this booking|Loading/);
    // From the form on, nothing is replaced by "Chargement…" while the manage views and their strings arrive.
    expect(shown.slice(picked).filter((text) => text.includes('Chargement'))).toEqual([]);
  });
});
