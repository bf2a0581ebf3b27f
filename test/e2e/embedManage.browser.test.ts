import { waitFor, within } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent as user } from 'vitest/browser';
import { instantToZonedParts } from '../../src/core/time/zoned';
import { registerConveneElements } from '../../src/embed/elements';
import {
  bookingCalls,
  recordBookingRequests,
  resetSandbox,
  type SimulatorCall,
  sandboxClient,
  sandboxProxyUrl,
  simulatorCalls,
} from '../../src/widgets/booker/sandboxTesting';
import { bookWithManageToken, expiredManageToken } from '../manageSandbox';

const LONG = { timeout: 10_000 };
const ZONE = 'Europe/Amsterdam';

function mount(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({
    'proxy-url': sandboxProxyUrl(),
    'site-key': 'pk_sandbox',
    locale: 'en-GB',
    'time-zone': ZONE,
    ...attributes,
  }))
    element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const inside = (element: HTMLElement) =>
  within((element.shadowRoot as ShadowRoot).querySelector('.convene-embed-root') as HTMLElement);

const nextEvent = (name: string) =>
  new Promise<CustomEvent>((resolve) =>
    document.addEventListener(name, (event) => resolve(event as CustomEvent), { once: true }),
  );

const puts = (calls: SimulatorCall[]) => calls.filter((call) => call.method === 'PUT');

/** The managed event as the proxy shows it to the holder of its token. */
async function eventWithToken(id: number, token: string) {
  return (sandboxClient().withToken?.(token) ?? sandboxClient()).request<{
    scheduledAt: string;
    status: string;
  }>('GET', `/simplymeet/panel/api/event/${id}`);
}

/** Whether a slot start (UTC instant) is offered as free for its day. */
async function isFree(start: string) {
  const { date, time } = instantToZonedParts(start, ZONE);
  const days = await sandboxClient().request<{ hours: { start: string; available: boolean }[] }[]>(
    'GET',
    '/simplymeet/panel/api/event-type/availability/1',
    { query: { startDate: date, endDate: date, timezone: ZONE } },
  );
  return days[0]?.hours.find((hour) => hour.start === time)?.available === true;
}

async function fillAndBook(widget: ReturnType<typeof inside>, fill = true) {
  if (fill) {
    await user.fill(await widget.findByRole('textbox', { name: 'Full name' }, LONG), 'Ada Lovelace');
    await user.fill(widget.getByRole('textbox', { name: 'Email' }), 'ada@example.com');
  }
  const policy = await widget.findByRole('checkbox', { name: /cancellation policy/i }, LONG);
  if (!(policy as HTMLInputElement).checked) await user.click(policy);
  await user.click(widget.getByRole('button', { name: 'Book' }));
}

beforeAll(() => registerConveneElements());
beforeEach(() => resetSandbox());
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', window.location.pathname + window.location.search);
});

describe('managing a booking from the script tag, through the proxy', () => {
  it('book, then reschedule from the success screen: one signed PUT, the event moved, the old slot free', async () => {
    const rescheduled = nextEvent('convene:rescheduled');
    const booked = nextEvent('convene:booked');
    const widget = inside(mount('convene-booker', { 'event-type': '1' }));
    const [day] = await widget.findAllByRole('button', { name: /\d+ times? free/ }, LONG);
    await user.click(day as HTMLElement);
    const [time] = await widget.findAllByRole('button', { name: /^\d{1,2}:\d{2} – / }, LONG);
    await user.click(time as HTMLElement);
    await fillAndBook(widget);
    const booking = (await booked).detail as { id: number; scheduledAt: string; manage: { token: string } };
    expect(booking.manage.token).toBeTruthy();

    await user.click(await widget.findByRole('button', { name: 'Reschedule' }, LONG));
    expect(await widget.findByText(/^Currently booked: /, {}, LONG)).toBeTruthy();
    // The day's times refresh after the booking: wait until the booked one is gone, so the click lands
    // on a button that stays.
    const bookedTime = instantToZonedParts(booking.scheduledAt, ZONE).time;
    const newTime = await waitFor(() => {
      const times = widget.getAllByRole('button', { name: /^\d{1,2}:\d{2} – / });
      if (times.some((button) => button.textContent?.startsWith(bookedTime))) throw new Error('not yet');
      return times[0] as HTMLElement;
    }, LONG);
    await user.click(newTime);
    await user.click(await widget.findByRole('button', { name: /^Move to / }, LONG));
    expect(await widget.findByRole('heading', { name: 'Your booking has been moved' }, LONG)).toBeTruthy();

    const detail = (await rescheduled).detail as { id: number; start: string };
    expect(detail.id).toBe(booking.id);
    const writes = puts(await simulatorCalls());
    expect(writes).toEqual([
      expect.objectContaining({ path: `/panel/api/event/reschedule/${booking.id}`, signed: true }),
    ]);
    const event = await eventWithToken(booking.id, booking.manage.token);
    expect(new Date(event.scheduledAt).toISOString()).toBe(detail.start);
    expect(await isFree(new Date(booking.scheduledAt).toISOString())).toBe(true);
    expect(await isFree(detail.start)).toBe(false);
  });

  it('opens from #convene-manage=… and cancels with a reason: one PUT, the event cancelled, its slot free', async () => {
    const { booking, slot } = await bookWithManageToken(40);
    history.replaceState(null, '', `#convene-manage=${booking.manage.token}`);
    const cancelled = nextEvent('convene:cancelled');
    const widget = inside(mount('convene-manage-booking', {}));
    expect(await widget.findByRole('heading', { name: 'Your booking' }, LONG)).toBeTruthy();
    expect(widget.getByText('Ada Lovelace')).toBeTruthy();
    await user.click(widget.getByRole('button', { name: 'Cancel booking' }));
    await user.fill(await widget.findByRole('textbox', { name: 'Reason (optional)' }, LONG), 'Ill, sorry');
    await user.click(widget.getByRole('button', { name: 'Yes, cancel the booking' }));
    expect(
      await widget.findByRole('heading', { name: 'Your booking has been cancelled' }, LONG),
    ).toBeTruthy();

    expect(((await cancelled).detail as { status: string }).status).toBe('cancelled');
    expect(puts(await simulatorCalls())).toEqual([
      expect.objectContaining({ path: `/panel/api/event/cancel/${booking.id}`, signed: true }),
    ]);
    expect((await eventWithToken(booking.id, booking.manage.token)).status).toBe('cancelled');
    expect(await isFree(slot.start)).toBe(true);
  });

  it.each([
    [
      'a token for another event',
      async () => {
        const mine = await bookWithManageToken(40);
        const other = await bookWithManageToken(41);
        return { token: mine.booking.manage.token, event: String(other.booking.id) };
      },
    ],
    [
      'an expired token',
      async () => {
        const mine = await bookWithManageToken(40);
        return { token: await expiredManageToken(mine.booking.id) };
      },
    ],
  ])('%s: a clear message, and no vendor call', async (_name, attributes) => {
    const given = await attributes();
    const before = (await simulatorCalls()).length;
    const widget = inside(mount('convene-manage-booking', given));
    const alert = await widget.findByRole('alert', {}, LONG);
    expect(alert.textContent).toContain('This link is not valid or has expired.');
    expect(widget.queryByRole('button', { name: 'Cancel booking' })).toBeNull();
    expect((await simulatorCalls()).length).toBe(before);
  });
});

describe('<convene-scheduler> and a steered <convene-booker>', () => {
  it('lists exactly the site’s served event types, and books one', async () => {
    const booked = nextEvent('convene:booked');
    const widget = inside(mount('convene-scheduler', {}));
    const list = await widget.findByRole('list', {}, LONG);
    const choices = within(list).getAllByRole('button');
    expect(choices.map((choice) => choice.textContent)).toEqual([
      expect.stringMatching(/^Intro call30 mins? · Google Meet$/),
      expect.stringMatching(/^Consultation30 mins? or 60 mins? · You choose when booking$/),
    ]);
    await user.click(choices[0] as HTMLElement);
    await widget.findAllByRole('button', { name: /\d+ times? free/ }, LONG);
    // The month re-renders while the chosen event type's data settles, which can replace the day button
    // between finding and clicking it: choose the first free day as it is on screen until its times show.
    await waitFor(() => {
      const [day] = widget.getAllByRole('button', { name: /\d+ times? free/ });
      (day as HTMLElement).click();
      expect(widget.getAllByRole('button', { name: /^\d{1,2}:\d{2} – / }).length).toBeGreaterThan(0);
    }, LONG);
    const [time] = await widget.findAllByRole('button', { name: /^\d{1,2}:\d{2} – / }, LONG);
    await user.click(time as HTMLElement);
    await fillAndBook(widget);
    expect(((await booked).detail as { eventType: { id: number } }).eventType.id).toBe(1);
    expect(bookingCalls(await simulatorCalls())).toHaveLength(1);
  });

  it('opens on the given day with the form prefilled and locked, and books with those values', async () => {
    const recorder = recordBookingRequests();
    try {
      const widget = inside(
        mount('convene-booker', {
          'event-type': '1',
          name: 'Grace Hopper',
          email: 'grace@example.com',
          locked: 'email',
          date: '2026-11-18',
        }),
      );
      expect(
        await widget.findByRole('heading', { name: /^Times on Wednesday,? 18 November 2026$/ }, LONG),
      ).toBeTruthy();
      const [time] = await widget.findAllByRole('button', { name: /^\d{1,2}:\d{2} – / }, LONG);
      await user.click(time as HTMLElement);
      const name = (await widget.findByRole('textbox', { name: 'Full name' }, LONG)) as HTMLInputElement;
      const email = widget.getByRole('textbox', { name: 'Email' }) as HTMLInputElement;
      expect([name.value, name.readOnly, email.value, email.readOnly]).toEqual([
        'Grace Hopper',
        false,
        'grace@example.com',
        true,
      ]);
      await fillAndBook(widget, false);
      expect(await widget.findByRole('heading', { name: 'You are booked' }, LONG)).toBeTruthy();
      expect(recorder.bodies).toEqual([
        expect.objectContaining({
          scheduledAt: expect.stringMatching(/^2026-11-18 /),
          invitee: expect.objectContaining({ fullName: 'Grace Hopper', email: 'grace@example.com' }),
        }),
      ]);
    } finally {
      recorder.restore();
    }
  });
});
