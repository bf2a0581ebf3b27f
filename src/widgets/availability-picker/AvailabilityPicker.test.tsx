import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ConveneClient } from '../../client/createClient';
import { ConveneContext, type ConveneContextValue } from '../../core/context';
import { AvailabilityPicker } from './AvailabilityPicker';

const eventType = {
  id: 1,
  name: 'Intro call',
  duration: 30,
  timezone: 'Europe/Amsterdam',
  durationType: 'fixed',
};

function setup(availability: (query: Record<string, unknown>) => unknown) {
  const request = vi.fn(
    async (_method: string, path: string, options?: { query?: Record<string, unknown> }) => {
      if (path === '/simplymeet/panel/api/event-type/1') return eventType;
      return availability(options?.query ?? {});
    },
  );
  const client: ConveneClient = {
    proxyUrl: 'http://proxy.test',
    siteKey: 'pk',
    request: request as ConveneClient['request'],
  };
  const context: ConveneContextValue = {
    proxyUrl: client.proxyUrl,
    siteKey: client.siteKey,
    locale: { catalog: 'en', intl: 'en-GB' },
    timeZone: 'Europe/Amsterdam',
    theme: 'light',
    hourCycle: 'h23',
    client,
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ConveneContext.Provider value={context}>{children}</ConveneContext.Provider>
    </QueryClientProvider>
  );
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

    await user.click(await screen.findByRole('button', { name: 'Tuesday 1 December, times available' }));
    expect(screen.getByRole('heading', { name: 'Times on Tuesday 1 December' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '09:00' })).toBeNull();
    await user.click(screen.getByRole('button', { name: '09:30' }));

    expect(onChange).toHaveBeenCalledWith({
      start: '2026-12-01T08:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 30,
    });
    expect(screen.getByRole('button', { name: '09:30' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves through days and months with the keyboard and loads the next month', async () => {
    const user = userEvent.setup();
    const { request, wrapper } = setup(december);
    render(<AvailabilityPicker eventTypeId={1} initialMonth="2026-12" />, { wrapper });

    const first = await screen.findByRole('button', { name: 'Tuesday 1 December, times available' });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Wednesday 2 December, no times');
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
});
