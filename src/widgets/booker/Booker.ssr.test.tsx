// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConveneProvider } from '../../core/ConveneProvider';
import { loadCatalogs } from '../../core/i18n/catalogStore';
import { AvailabilityPicker } from '../availability-picker/AvailabilityPicker';
import { BookingForm } from '../booking-form/BookingForm';
import { Booker } from './Booker';

/** A React team may server-render the scheduling widgets: no browser global may be touched while rendering. */
describe('scheduling widgets on the server', () => {
  const provider = (children: React.ReactNode) => (
    <ConveneProvider
      proxyUrl="https://proxy.example"
      siteKey="pk_test"
      locale="nl"
      timeZone="Europe/Amsterdam"
    >
      {children}
    </ConveneProvider>
  );

  // Dutch loads on first use; a server that renders Dutch HTML loads it before rendering (renderToString
  // cannot wait), and the hydrating client must have it too, or both render "Laden…" (see useCatalogsReady).
  beforeAll(() => loadCatalogs(['nl']));

  it('render their loading state to HTML without window, document or storage', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      provider(
        <>
          <Booker eventType={1} />
          <AvailabilityPicker eventTypeId={1} />
          <BookingForm
            eventTypeId={1}
            slot={{ start: '2026-12-01T08:30:00.000Z', timeZone: 'Europe/Amsterdam', durationMinutes: 30 }}
          />
        </>,
      ),
    );
    expect(html).toContain('data-convene-widget="booker"');
    expect(html).toContain('Kies een tijd');
    expect(html).toMatch(/dinsdag 1 december 2026, 0?9:30–10:00 \(Amsterdam-tijd\)/);
  });
});
