import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConveneProvider } from '../../src/core/ConveneProvider';
import { createQueryClient } from '../../src/core/queryClient';
import { zoneCityName } from '../../src/core/time/format';
import { addMinutes, instantToZonedParts, wallTimeToInstant } from '../../src/core/time/zoned';
import { Booker } from '../../src/widgets/booker/Booker';
import {
  bookingCalls,
  firstFreeSlot,
  recordBookingRequests,
  resetSandbox,
  sandboxProxyUrl,
  simulatorCalls,
} from '../../src/widgets/booker/sandboxTesting';

/** "Intro call": defined in Europe/Amsterdam, `isLocalized`, so shown in the visitor's zone. */
const FIXED = 1;

let recorder: ReturnType<typeof recordBookingRequests>;
beforeEach(async () => {
  await resetSandbox();
  sessionStorage.clear();
  recorder = recordBookingRequests();
});
afterEach(() => {
  cleanup();
  recorder.restore();
});

describe('a visitor far from the host books the instant the vendor offered', () => {
  for (const zone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
    it(`in ${zone}`, async () => {
      const user = userEvent.setup();
      // The vendor's own slot, listed in the host's zone: the instant the visitor must end up booking.
      const vendorSlot = await firstFreeSlot(FIXED, { timeZone: 'Europe/Amsterdam', durationMinutes: 30 });
      const shown = instantToZonedParts(vendorSlot.start, zone);
      render(
        <ConveneProvider
          proxyUrl={sandboxProxyUrl()}
          siteKey="pk_sandbox"
          locale="en-GB"
          timeZone={zone}
          hourCycle="h23"
          queryClient={createQueryClient()}
        >
          <Booker eventType={FIXED} initialMonth={shown.date.slice(0, 7)} />
        </ConveneProvider>,
      );

      // The day the slot falls on in the visitor's zone (in Kolkata or Chatham often the host's next day).
      const day = await waitFor(
        () => {
          const button = document.querySelector<HTMLElement>(`[data-date="${shown.date}"][data-free]`);
          if (!button) throw new Error(`${shown.date} not free yet`);
          return button;
        },
        { timeout: 10_000 },
      );
      await user.click(day);
      const end = instantToZonedParts(addMinutes(vendorSlot.start, 30), zone).time;
      await user.click(
        await screen.findByRole('button', { name: `${shown.time} – ${end} (${zoneCityName(zone)} time)` }),
      );
      await user.type(await screen.findByRole('textbox', { name: 'Full name' }, { timeout: 10_000 }), 'Ada');
      await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
      const policy = screen.queryByRole('checkbox', { name: 'I accept the cancellation policy' });
      if (policy) await user.click(policy);
      await user.click(screen.getByRole('button', { name: 'Book' }));
      await screen.findByRole('heading', { name: 'You are booked' }, { timeout: 10_000 });

      expect(bookingCalls(await simulatorCalls())).toHaveLength(1);
      const body = recorder.bodies[0] as { scheduledAt: string; invitee: { timezone: string } };
      expect(body.invitee.timezone).toBe(zone);
      const [date = '', time = ''] = body.scheduledAt.split(' ');
      expect(wallTimeToInstant(date, time.slice(0, 5), zone)).toBe(vendorSlot.start);
    });
  }
});
