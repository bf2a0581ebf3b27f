import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConveneProvider } from '../../src/core/ConveneProvider';
import { createQueryClient } from '../../src/core/queryClient';
import { instantToZonedParts } from '../../src/core/time/zoned';
import { Booker } from '../../src/widgets/booker/Booker';
import {
  bookBehindTheBack,
  bookingCalls,
  firstFreeSlot,
  recordBookingRequests,
  resetSandbox,
  type SimulatorCall,
  sandboxProxyUrl,
  simulatorCalls,
} from '../../src/widgets/booker/sandboxTesting';

/** Sandbox seed: 1 = "Intro call" (30 min, Amsterdam), 2 = "Consultation" (flexible, every question type). */
const FIXED = 1;
const FLEXIBLE = 2;
const FREE_DAY = /\d+ times? free/;
const LONG = { timeout: 10_000 };

type User = ReturnType<typeof userEvent.setup>;

function renderBooker(eventType: number, timeZone = 'Europe/Amsterdam') {
  return render(
    <ConveneProvider
      proxyUrl={sandboxProxyUrl()}
      siteKey="pk_sandbox"
      locale="en-GB"
      timeZone={timeZone}
      hourCycle="h23"
      queryClient={createQueryClient()}
    >
      <Booker eventType={eventType} />
    </ConveneProvider>,
  );
}

/** Picks the first free day and, on it, the time whose label starts with `time` (or the first time). */
async function pickSlot(user: User, time?: string) {
  const [day] = await screen.findAllByRole('button', { name: FREE_DAY }, LONG);
  await user.click(day as HTMLElement);
  const times = await screen.findAllByRole('button', { name: /^\d{1,2}:\d{2} – / });
  const chosen = time ? times.find((button) => button.textContent?.startsWith(time)) : times[0];
  await user.click(chosen as HTMLElement);
}

async function fillWho(user: User) {
  await user.type(await screen.findByRole('textbox', { name: 'Full name' }, LONG), 'Ada Lovelace');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  // The seed may or may not enable a cancellation policy; when it does, accept it.
  const policy = screen.queryByRole('checkbox', { name: 'I accept the cancellation policy' });
  if (policy && !(policy as HTMLInputElement).checked) await user.click(policy);
}

type SentBooking = { answers: { question: string; value: string }[] };

let recorder: ReturnType<typeof recordBookingRequests>;
beforeEach(async () => {
  await resetSandbox();
  sessionStorage.clear();
  recorder = recordBookingRequests();
});
afterEach(() => {
  cleanup();
  recorder.restore();
  sessionStorage.clear();
});

describe('booking through the proxy and the SimplyMeet simulator', () => {
  it('books a slot with the answers, and the simulator gets exactly one booking', async () => {
    const user = userEvent.setup();
    renderBooker(FLEXIBLE);
    await pickSlot(user);
    await fillWho(user);
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '+31 20 123 4567');
    // Every required question of the seed, whatever its type.
    for (const input of screen.getAllByRole('textbox')) {
      if (input.getAttribute('aria-required') === 'true' && !(input as HTMLInputElement).value)
        await user.type(input, 'Required answer');
    }
    for (const group of screen.getAllByRole('group')) {
      const first = within(group).queryAllByRole('radio')[0] ?? within(group).queryAllByRole('checkbox')[0];
      if (first && !(first as HTMLInputElement).checked) await user.click(first);
    }
    for (const select of screen.queryAllByRole('combobox')) {
      const option = (select as HTMLSelectElement).options[1];
      if (option) await user.selectOptions(select, option);
    }
    await user.click(screen.getByRole('button', { name: 'Book' }));

    expect(await screen.findByRole('heading', { name: 'You are booked' }, LONG)).toBeTruthy();
    const bookings: SimulatorCall[] = bookingCalls(await simulatorCalls());
    expect(bookings).toHaveLength(1);
    expect(bookings[0]?.signed).toBe(true);
    expect(recorder.bodies).toHaveLength(1);
    const sent = recorder.bodies[0] as SentBooking;
    expect(sent.answers.map((answer) => answer.value)).toContain('Required answer');
    // When the call log carries bodies (a proposed, optional extension), the simulator saw the same answers.
    if (bookings[0]?.body !== undefined) expect(bookings[0].body).toMatchObject({ answers: sent.answers });
  });

  it('books once when submit is double-clicked', async () => {
    const user = userEvent.setup();
    renderBooker(FIXED);
    await pickSlot(user);
    await fillWho(user);
    await user.dblClick(screen.getByRole('button', { name: 'Book' }));
    await screen.findByRole('heading', { name: 'You are booked' }, LONG);
    expect(bookingCalls(await simulatorCalls())).toHaveLength(1);
    expect(recorder.bodies).toHaveLength(1);
  });

  it('goes through the 409 path when the slot is taken behind its back, keeping the input', async () => {
    const user = userEvent.setup();
    const slot = await firstFreeSlot(FIXED, { timeZone: 'Europe/Amsterdam', durationMinutes: 30 });
    const wall = instantToZonedParts(slot.start, slot.timeZone).time;
    renderBooker(FIXED);
    await pickSlot(user, wall);
    await fillWho(user);
    await bookBehindTheBack(FIXED, slot);

    await user.click(screen.getByRole('button', { name: 'Book' }));
    expect(await screen.findByText('This time was just taken', {}, LONG)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'ada@example.com',
    );
    const [other] = await screen.findAllByRole('button', { name: /^Book at/ }, LONG);
    await user.click(other as HTMLElement);
    await screen.findByRole('heading', { name: 'You are booked' }, LONG);
    // The one behind the widget's back, the 409, and the re-booking.
    expect(bookingCalls(await simulatorCalls())).toHaveLength(3);
  });
});
