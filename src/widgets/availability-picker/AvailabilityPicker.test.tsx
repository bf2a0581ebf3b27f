import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeConveneWrapper } from '../../../test/fakeConvene';
import { monthOfInstant, shiftMonth } from '../../core/time/zoned';
import { AvailabilityPicker } from './AvailabilityPicker';

const eventType = {
  id: 1,
  name: 'Intro call',
  duration: 30,
  timezone: 'Europe/Amsterdam',
  durationType: 'fixed',
};

function setup(
  availability: (query: Record<string, unknown>) => unknown,
  type: { id: number } & Record<string, unknown> = eventType,
) {
  const request = vi.fn(
    async (_method: string, path: string, options?: { query?: Record<string, unknown> }) => {
      if (path === `/simplymeet/panel/api/event-type/${type.id}`) return type;
      return availability(options?.query ?? {});
    },
  );
  const { wrapper } = fakeConveneWrapper(request);
  return { request, wrapper };
}

const december = () => [
  {
    date: '2026-12-01',
    available: true,
    hours: [
      { start: '09:00', available: false },
      { start: '09:30', available: true },
    ],
  },
  { date: '2026-12-02', available: false, hours: [] },
];

describe('AvailabilityPicker', () => {
  it('lists the free times of a chosen day and reports the picked instant', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { wrapper } = setup(december);
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" onChange={onChange} />, { wrapper });

    await user.click(await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' }));
    expect(screen.getByRole('heading', { name: 'Times on Tuesday, 1 December 2026' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^09:00/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '09:30 – 10:00 (Amsterdam time)' }));

    expect(onChange).toHaveBeenCalledWith({
      start: '2026-12-01T08:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 30,
    });
    expect(
      screen.getByRole('button', { name: '09:30 – 10:00 (Amsterdam time)' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('announces one sentence for a chosen day, never the list of its times', async () => {
    const user = userEvent.setup();
    const { wrapper } = setup(december);
    const { container } = render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });
    await user.click(await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' }));
    await screen.findByRole('button', { name: '09:30 – 10:00 (Amsterdam time)' });
    const live = [...container.querySelectorAll('[aria-live], [role="status"], [role="alert"]')];
    const spoken = live.map((region) => region.textContent?.trim()).filter(Boolean);
    expect(spoken).toContain('1 free time on Tuesday 1 December');
    expect(spoken.join(' ')).not.toMatch(/09:30/);
  });

  it('names each weekday column in full, not by its letter', async () => {
    const { wrapper } = setup(december);
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });
    const headers = await screen.findAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
        (day) => `${day[0]}${day}`,
      ),
    );
    expect(screen.getByRole('columnheader', { name: 'Tuesday' })).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: 'T' })).toBeNull();
  });

  it('moves through days and months with the keyboard and loads the next month', async () => {
    const user = userEvent.setup();
    const { request, wrapper } = setup(december);
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });

    const first = await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Wednesday, 2 December 2026, no times');
    await user.keyboard('{PageDown}');

    expect(screen.getByRole('heading', { name: 'January 2027' })).toBeTruthy();
    await waitFor(() =>
      expect(request).toHaveBeenCalledWith(
        'GET',
        '/simplymeet/panel/api/event-type/availability/1',
        expect.objectContaining({
          query: expect.objectContaining({ startDate: '2027-01-01', endDate: '2027-01-31' }),
        }),
      ),
    );
    expect(document.activeElement?.getAttribute('data-date')).toBe('2027-01-02');
  });

  it('shows an error with a retry when availability cannot be loaded', async () => {
    const { wrapper } = setup(() => {
      throw new Error('offline');
    });
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('lists times in the event type zone when it is not localized, and in the visitor zone when it is', async () => {
    const { request, wrapper } = setup(december, {
      ...eventType,
      isLocalized: false,
      timezone: 'Asia/Tokyo',
    });
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });
    expect(await screen.findByRole('button', { name: 'Tokyo time (UTC+9)' })).toBeTruthy();
    await waitFor(() =>
      expect(request).toHaveBeenCalledWith(
        'GET',
        '/simplymeet/panel/api/event-type/availability/1',
        expect.objectContaining({ query: expect.objectContaining({ timezone: 'Asia/Tokyo' }) }),
      ),
    );
    cleanup();

    const localized = setup(december, { ...eventType, isLocalized: true, timezone: 'Asia/Tokyo' });
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper: localized.wrapper });
    await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' });
    expect(screen.getByRole('button', { name: 'Amsterdam time (UTC+1)' })).toBeTruthy();
  });

  it('offers the durations of a flexible event type and re-reads availability for the chosen one', async () => {
    const user = userEvent.setup();
    const onDurationChange = vi.fn();
    const onChange = vi.fn();
    const flexible = {
      ...eventType,
      durationType: 'flexible',
      eventTypeDurations: [
        { id: 21, duration: 30 },
        { id: 22, duration: 60 },
      ],
    };
    const { request, wrapper } = setup(december, flexible);
    render(
      <AvailabilityPicker
        eventTypeId={1}
        initialMonth="2026-12"
        onDurationChange={onDurationChange}
        onChange={onChange}
      />,
      { wrapper },
    );
    const group = await screen.findByRole('group', { name: 'Duration' });
    expect((within(group).getByRole('radio', { name: '30 mins' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(group).getByRole('radio', { name: '60 mins' }));

    expect(onDurationChange).toHaveBeenCalledWith(22);
    await waitFor(() =>
      expect(request).toHaveBeenCalledWith(
        'GET',
        '/simplymeet/panel/api/event-type/availability/1',
        expect.objectContaining({ query: expect.objectContaining({ durationId: 22 }) }),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' }));
    await user.click(screen.getByRole('button', { name: '09:30 – 10:30 (Amsterdam time)' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ durationMinutes: 60 }));
  });

  it('jumps from an empty month to the next day with free times', async () => {
    const user = userEvent.setup();
    const { wrapper } = setup((query) =>
      query.startDate === '2027-02-01'
        ? [{ date: '2027-02-03', available: true, hours: [{ start: '11:00', available: true }] }]
        : [],
    );
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });
    expect(await screen.findByText('No free times this month.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Jump to the next available day' }));

    expect(await screen.findByRole('heading', { name: 'February 2027' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Times on Wednesday, 3 February 2027' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '11:00 – 11:30 (Amsterdam time)' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-date')).toBe('2027-02-03'));
  });

  it('opens on the first month with free times when no month is given', async () => {
    const now = monthOfInstant(new Date(), 'Europe/Amsterdam');
    const target = shiftMonth(now, 2);
    const { wrapper } = setup((query) =>
      query.startDate === `${target}-01`
        ? [{ date: `${target}-10`, available: true, hours: [{ start: '11:00', available: true }] }]
        : [],
    );
    render(<AvailabilityPicker eventTypeId={1} />, { wrapper });
    await waitFor(() =>
      expect(document.querySelector(`[data-date="${target}-10"]`)?.hasAttribute('data-free')).toBe(true),
    );
  });

  it('shows a 12-hour clock when asked, whatever the locale does', async () => {
    const user = userEvent.setup();
    const { wrapper } = setup(december);
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" hourCycle="h12" />, { wrapper });
    await user.click(await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' }));
    expect(screen.getByRole('button', { name: /^9:30\s?am – 10:00\s?am \(Amsterdam time\)$/i })).toBeTruthy();
  });

  it('prefetches the months either side so paging is instant', async () => {
    const { request, wrapper } = setup(december);
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });
    await screen.findByRole('button', { name: 'Tuesday, 1 December 2026, 1 time free' });
    for (const startDate of ['2027-01-01', '2026-11-01'])
      await waitFor(() =>
        expect(request).toHaveBeenCalledWith(
          'GET',
          '/simplymeet/panel/api/event-type/availability/1',
          expect.objectContaining({ query: expect.objectContaining({ startDate }) }),
        ),
      );
  });
});
