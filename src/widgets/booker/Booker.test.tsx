import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RequestOptions } from '../../client/createClient';
import { ConveneError } from '../../core/errors';
import { bookedEvent, consultation, fakeConvene } from '../booking-form/testSupport';
import { Booker } from './Booker';
import { prefetchBookingForm } from './LazyBookingForm';

afterEach(() => sessionStorage.clear());
// The Booker fetches its form step while the visitor picks a time; a person takes longer than this test's
// clicks, and Vitest compiles the chunk on first import, so the chunk is fetched first, as in a browser.
beforeAll(() => prefetchBookingForm());

type User = ReturnType<typeof userEvent.setup>;

async function pickTuesdayAt(user: User, time: string) {
  await user.click(await screen.findByRole('button', { name: /^Tuesday, 1 December 2026, \d+ times free/ }));
  await user.click(screen.getByRole('button', { name: new RegExp(`^${time} –`) }));
}

describe('Booker', () => {
  it('shows what is being booked, then goes from picking a time to the details and back without losing input', async () => {
    const user = userEvent.setup();
    const { wrapper } = fakeConvene();
    render(<Booker eventType={2} initialMonth="2026-12" />, { wrapper });

    expect(await screen.findByRole('heading', { name: 'Consultation' })).toBeTruthy();
    expect(screen.getByText('with Grace Hopper')).toBeTruthy();
    expect(screen.getByText('30 mins or 60 mins')).toBeTruthy();
    expect(screen.getByText('You choose when booking')).toBeTruthy();
    // One heading names the step; the counter above it does not repeat it.
    expect(screen.getByText('Step 1 of 2')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pick a time' })).toBeTruthy();
    expect(screen.queryAllByText(/pick a time/i)).toHaveLength(1);

    await pickTuesdayAt(user, '09:30');
    const step = screen.getByRole('region', { name: 'Step 2 of 2: your details' });
    expect(document.activeElement).toBe(step);
    expect(screen.getByText('Tuesday, 1 December 2026, 09:30–10:00 (Amsterdam time)')).toBeTruthy();
    await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Ada Lovelace');

    await user.click(screen.getByRole('button', { name: 'Back to the calendar' }));
    expect(
      screen.getByRole('button', { name: '09:30 – 10:00 (Amsterdam time)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Continue with 09:30' }));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Full name' }) as HTMLInputElement).value).toBe(
        'Ada Lovelace',
      ),
    );
  });

  it('books the chosen duration and reports the booking', async () => {
    const user = userEvent.setup();
    const onBooked = vi.fn();
    const { wrapper, bookingCalls } = fakeConvene({ book: () => bookedEvent({ duration: 60 }) });
    render(<Booker eventType={2} initialMonth="2026-12" onBooked={onBooked} />, { wrapper });
    await user.click(await screen.findByRole('radio', { name: '60 mins' }));
    await pickTuesdayAt(user, '09:30');
    expect(screen.getByText('Tuesday, 1 December 2026, 09:30–10:30 (Amsterdam time)')).toBeTruthy();

    await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Ada Lovelace');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '+31 20 123 4567');
    await user.type(screen.getByRole('textbox', { name: 'Topic' }), 'Pricing');
    await user.click(screen.getByRole('radio', { name: 'Google Meet' }));
    await user.click(screen.getByRole('button', { name: 'Book' }));

    expect(await screen.findByRole('heading', { name: 'You are booked' })).toBeTruthy();
    expect(onBooked).toHaveBeenCalledTimes(1);
    // Booked is not a step of the form any more.
    expect(screen.queryByText(/Step \d of 2/)).toBeNull();
    expect(screen.queryByRole('region', { name: /Step/ })).toBeNull();
    const body = (bookingCalls()[0]?.[2] as RequestOptions | undefined)?.body;
    expect(body).toMatchObject({
      durationId: 22,
      scheduledAt: '2026-12-01 09:30:00',
      locationType: 'google_meet',
    });
  });

  it('after a taken slot goes back to the calendar with the input kept', async () => {
    const user = userEvent.setup();
    const { wrapper } = fakeConvene({
      eventType: { ...consultation, questions: [], isShowPhone: false, locationType: 'zoom' },
      book: () => {
        throw new ConveneError('conflict', 'taken', { status: 409 });
      },
    });
    render(<Booker eventType={2} initialMonth="2026-12" />, { wrapper });
    await pickTuesdayAt(user, '09:30');
    await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Ada Lovelace');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Book' }));

    await user.click(await screen.findByRole('button', { name: 'Choose another day' }));
    expect(screen.queryByRole('button', { name: /^Continue with/ })).toBeNull();
    await pickTuesdayAt(user, '10:30');
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
        'ada@example.com',
      ),
    );
    expect(screen.getByText('Tuesday, 1 December 2026, 10:30–11:00 (Amsterdam time)')).toBeTruthy();
  });

  it('says so when the event type cannot be found', async () => {
    const { wrapper } = fakeConvene();
    render(<Booker eventType={99} />, { wrapper });
    expect((await screen.findByRole('alert')).textContent).toBeTruthy();
  });
});
