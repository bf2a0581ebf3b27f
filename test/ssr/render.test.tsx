// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

/**
 * A React team may render our components on a server. Importing the library must not touch window,
 * document or storage, and every widget must render to HTML without a browser.
 */
describe('server-side rendering', () => {
  it('imports without any browser global', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const library = await import('../../src/index');
    expect(library.ConveneProvider).toBeTypeOf('function');
  });

  it('renders the provider and an error message to HTML', async () => {
    const { ConveneProvider, ErrorMessage, ConveneError } = await import('../../src/index');
    const html = renderToString(
      <ConveneProvider proxyUrl="https://proxy.example" siteKey="pk_test" locale="fr">
        <ErrorMessage error={new ConveneError('network', 'offline')} />
      </ConveneProvider>,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Impossible de joindre le service');
  });

  it('renders every widget to HTML (their loading state), with the element registry importable too', async () => {
    const { AvailabilityPicker, Booker, BookingForm, ConveneProvider, MemberInvite, PollVoter } =
      await import('../../src/index');
    const slot = { start: '2026-12-01T09:00:00.000Z', timeZone: 'Europe/Amsterdam', durationMinutes: 30 };
    const widgets = {
      picker: <AvailabilityPicker eventTypeId={1} />,
      booker: <Booker eventType={1} />,
      form: <BookingForm eventTypeId={1} slot={slot} />,
      poll: <PollVoter poll={1} />,
      invite: <MemberInvite directory="meltingspot" />,
    };
    for (const [name, widget] of Object.entries(widgets)) {
      const html = renderToString(
        <ConveneProvider proxyUrl="https://proxy.example" siteKey="pk_test" locale="nl">
          {widget}
        </ConveneProvider>,
      );
      expect(html, name).toContain('class="convene');
    }
    const embed = await import('../../src/embed/index');
    expect(embed.registerConveneElements).toBeTypeOf('function');
  });

  it('renders English in UTC when no locale or zone is given, whatever the server’s own settings', async () => {
    const { ConveneProvider, AvailabilityPicker } = await import('../../src/index');
    const serverZone = process.env.TZ;
    // Node reads TZ again when it is set: a server in Kolkata must not put its zone into the HTML.
    process.env.TZ = 'Asia/Kolkata';
    try {
      const html = renderToString(
        <ConveneProvider proxyUrl="https://proxy.example" siteKey="pk_test">
          <AvailabilityPicker eventTypeId={1} />
        </ConveneProvider>,
      );
      expect(html).toContain('lang="en"');
      expect(html).toContain('UTC');
      expect(html).not.toMatch(/Kolkata/);
    } finally {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    }
  });
});
