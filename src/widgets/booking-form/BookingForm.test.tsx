import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RequestOptions } from '../../client/createClient';
import { ConveneError } from '../../core/errors';
import type { Slot } from '../../vendors/simplymeet/availability';
import { BookingForm } from './BookingForm';
import { bookedEvent, fakeConvene } from './testSupport';

/** Tuesday, 1 December 2026, 09:30 in Amsterdam. */
const slot: Slot = { start: '2026-12-01T08:30:00.000Z', timeZone: 'Europe/Amsterdam', durationMinutes: 30 };

type User = ReturnType<typeof userEvent.setup>;

async function fillRequired(user: User) {
  await user.type(await screen.findByRole('textbox', { name: 'Full name' }), 'Ada Lovelace');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '+31 20 123 4567');
  await user.type(screen.getByRole('textbox', { name: 'Topic' }), 'Analytical engines');
  await user.click(screen.getByRole('radio', { name: 'Zoom' }));
}

function bodyOf(call: unknown[] | undefined) {
  return (call?.[2] as RequestOptions | undefined)?.body as Record<string, unknown> & {
    scheduledAt: string;
    answers: { question: string; value: string }[];
  };
}

afterEach(() => sessionStorage.clear());

describe('BookingForm', () => {
  it('renders every question type and stops on the first invalid field without sending', async () => {
    const user = userEvent.setup();
    const { wrapper, bookingCalls } = fakeConvene();
    render(<BookingForm eventTypeId={2} slot={slot} durationId={21} />, { wrapper });

    expect(await screen.findByRole('textbox', { name: 'Topic' })).toBeTruthy();
    expect(screen.getByText('Tuesday, 1 December 2026, 09:30–10:00 (Amsterdam time)')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Details (optional)' }).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('combobox', { name: 'Team size (optional)' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Plan (optional)' })).getAllByRole('radio')).toHaveLength(
      2,
    );
    expect(
      within(screen.getByRole('group', { name: 'Send me news (optional)' })).getByRole('checkbox'),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'Good days (optional)' })).getAllByRole('checkbox'),
    ).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Work phone (optional)' }).getAttribute('type')).toBe('tel');
    // Unknown vendor types ("date") still get an answer field.
    expect(screen.getByRole('textbox', { name: 'Preferred start date (optional)' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'How shall we meet?' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Book' }));

    const fullName = screen.getByRole('textbox', { name: 'Full name' });
    expect(document.activeElement).toBe(fullName);
    expect(fullName.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Please fill this in.').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText('Please choose one.')).toBeTruthy();
    expect(bookingCalls()).toHaveLength(0);

    // Fixing a field clears its message at once (validation runs live after the first attempt).
    await user.type(fullName, 'Ada');
    expect(fullName.getAttribute('aria-invalid')).toBeNull();
  });

  it('a second try with the same errors focuses the first invalid field again and announces again', async () => {
    const user = userEvent.setup();
    const { wrapper, bookingCalls } = fakeConvene();
    render(<BookingForm eventTypeId={2} slot={slot} durationId={21} />, { wrapper });
    const book = await screen.findByRole('button', { name: 'Book' });
    await user.click(book);
    const fullName = screen.getByRole('textbox', { name: 'Full name' });
    expect(document.activeElement).toBe(fullName);
    const status = () =>
      screen.getAllByRole('status').find((node) => /attention/.test(node.textContent ?? ''));
    const firstAnnouncement = status()?.firstElementChild;
    expect(firstAnnouncement?.textContent).toMatch(/^\d+ fields need your attention\.$/);

    await user.click(screen.getByRole('textbox', { name: 'Email' }));
    await user.click(book);
    expect(document.activeElement).toBe(fullName);
    // The same words, yet a new node: live regions read additions, so the second try is heard too.
    const secondAnnouncement = status()?.firstElementChild;
    expect(secondAnnouncement?.textContent).toBe(firstAnnouncement?.textContent);
    expect(secondAnnouncement).not.toBe(firstAnnouncement);
    expect(bookingCalls()).toHaveLength(0);
  });

  it('books exactly once on a double click, with the answers, then shows what was booked', async () => {
    const user = userEvent.setup();
    let release: (value: unknown) => void = () => {};
    const onBooked = vi.fn();
    const { wrapper, bookingCalls } = fakeConvene({
      book: () =>
        new Promise((resolve) => {
          release = resolve;
        }),
    });
    render(<BookingForm eventTypeId={2} slot={slot} durationId={21} onBooked={onBooked} />, { wrapper });
    await fillRequired(user);
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await user.type(screen.getByRole('textbox', { name: 'Guests (optional)' }), 'bob@example.com');
    expect(sessionStorage.getItem('convene:booking:2')).toContain('Ada Lovelace');

    await user.dblClick(screen.getByRole('button', { name: 'Book' }));
    expect(screen.getByRole('button', { name: 'Booking…' }).hasAttribute('disabled')).toBe(true);
    expect(bookingCalls()).toHaveLength(1);
    const body = bodyOf(bookingCalls()[0]);
    expect(body).toMatchObject({
      scheduledAt: '2026-12-01 09:30:00',
      eventType: 2,
      durationId: 21,
      invitee: { fullName: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/Amsterdam' },
      participants: [{ email: 'bob@example.com' }],
      locationType: 'zoom',
    });
    expect(body.answers).toEqual([
      { question: 'q-topic', value: 'Analytical engines' },
      { question: 'q-days', value: 'Monday, Friday' },
    ]);

    release(bookedEvent());
    expect(await screen.findByRole('heading', { name: 'You are booked' })).toBeTruthy();
    expect(screen.getByText('Tuesday, 1 December 2026, 09:30–10:00 (Amsterdam time)')).toBeTruthy();
    expect(screen.getByText('Zoom')).toBeTruthy();
    const ics = screen.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href') ?? '';
    expect(decodeURIComponent(ics)).toContain('DTSTART:20261201T083000Z');
    expect(onBooked).toHaveBeenCalledWith(expect.objectContaining({ uuid: 'evt-501' }));
    expect(sessionStorage.getItem('convene:booking:2')).toBeNull();
  });

  it('keeps the input after a network failure and retries with the same Idempotency-Key', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { wrapper, bookingCalls } = fakeConvene({
      book: () => {
        calls += 1;
        if (calls === 1) throw new ConveneError('network', 'offline');
        return bookedEvent();
      },
    });
    render(<BookingForm eventTypeId={2} slot={slot} durationId={21} />, { wrapper });
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Book' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not reach');
    expect(screen.getByText('Everything you typed is kept.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Topic' }) as HTMLInputElement).value).toBe(
      'Analytical engines',
    );

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'You are booked' });
    const [first, second] = bookingCalls().map((call) => (call[2] as RequestOptions).idempotencyKey);
    expect(first).toBeTruthy();
    expect(second).toBe(first);
  });

  it('after a 409 offers the nearest free times and books one in one click', async () => {
    const user = userEvent.setup();
    const onSlotChange = vi.fn();
    let calls = 0;
    const { wrapper, bookingCalls } = fakeConvene({
      book: () => {
        calls += 1;
        if (calls === 1) throw new ConveneError('conflict', 'taken', { status: 409 });
        return bookedEvent({ scheduledAt: '2026-12-01 10:30:00' });
      },
    });
    render(<BookingForm eventTypeId={2} slot={slot} durationId={21} onSlotChange={onSlotChange} />, {
      wrapper,
    });
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Book' }));

    expect(await screen.findByText('This time was just taken')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Book at 09:00' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Book at 09:30' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Book at 10:00' })).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'ada@example.com',
    );

    await user.click(screen.getByRole('button', { name: 'Book at 10:30' }));
    await screen.findByRole('heading', { name: 'You are booked' });
    expect(screen.getByText('Tuesday, 1 December 2026, 10:30–11:00 (Amsterdam time)')).toBeTruthy();
    const [first, second] = bookingCalls();
    expect(bodyOf(second).scheduledAt).toBe('2026-12-01 10:30:00');
    const keys = [first, second].map((call) => (call?.[2] as RequestOptions | undefined)?.idempotencyKey);
    expect(keys[1]).toBeTruthy();
    expect(keys[1]).not.toBe(keys[0]);
    expect(onSlotChange).toHaveBeenCalledWith({ ...slot, start: '2026-12-01T09:30:00.000Z' });
  });

  it('restores what was typed after a reload of the page', async () => {
    const user = userEvent.setup();
    const first = fakeConvene();
    const view = render(<BookingForm eventTypeId={2} slot={slot} />, { wrapper: first.wrapper });
    await user.type(await screen.findByRole('textbox', { name: 'Topic' }), 'Kept');
    view.unmount();

    const second = fakeConvene();
    render(<BookingForm eventTypeId={2} slot={slot} />, { wrapper: second.wrapper });
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Topic' }) as HTMLInputElement).value).toBe('Kept'),
    );
  });

  it('asks to accept an enabled cancellation policy and sends which one was accepted', async () => {
    const user = userEvent.setup();
    const { wrapper, bookingCalls } = fakeConvene({
      userPolicy: {
        enabled: true,
        label: 'I agree to the cancellation terms',
        text: 'Cancel up to a day ahead.',
        version: 4,
      },
      book: () => bookedEvent(),
    });
    render(<BookingForm eventTypeId={2} slot={slot} />, { wrapper });
    await fillRequired(user);
    expect(screen.getByRole('heading', { name: 'Cancellation policy' })).toBeTruthy();
    expect(screen.getByText('Cancel up to a day ahead.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Book' }));

    const accept = screen.getByRole('checkbox', { name: 'I agree to the cancellation terms' });
    expect(document.activeElement).toBe(accept);
    expect(screen.getByText('Please tick this box to continue.')).toBeTruthy();
    expect(bookingCalls()).toHaveLength(0);

    await user.click(accept);
    await user.click(screen.getByRole('button', { name: 'Book' }));
    await screen.findByRole('heading', { name: 'You are booked' });
    expect(bodyOf(bookingCalls()[0]).invitee).toMatchObject({ cancellationPolicy: '4' });
  });

  it('prefills from props and keeps locked fields read-only', async () => {
    const { wrapper } = fakeConvene();
    render(
      <BookingForm
        eventTypeId={2}
        slot={slot}
        defaultValues={{
          fullName: 'Ada Lovelace',
          email: 'ada@example.com',
          answers: { 'q-topic': 'Billing' },
        }}
        readOnlyFields={['email']}
      />,
      { wrapper },
    );
    const email = (await screen.findByRole('textbox', { name: 'Email' })) as HTMLInputElement;
    expect(email.value).toBe('ada@example.com');
    expect(email.readOnly).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Full name' }) as HTMLInputElement).readOnly).toBe(false);
    expect((screen.getByRole('textbox', { name: 'Topic' }) as HTMLInputElement).value).toBe('Billing');
  });
});
