/**
 * Screenshots for the README, taken from the built script (`dist/embed/convene.js`) against the sandbox,
 * so they show what ships today: `npm run screenshots` rebuilds the script and rewrites
 * `docs/screenshots/*.png`. The page and the sandbox run at the fixed instant the tests use, so a rerun
 * on another day changes a picture only when the widgets changed.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium, type Locator, type Page } from 'playwright-core';
import { createSandboxProxy } from '../proxy/src/sandbox';
import { CHROMIUM_ARGS, resolveChromium } from '../test/chromium';
import { FIXED_NOW } from '../test/clock';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs/screenshots');

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;

/** A bare host page with one element: what a customer's page with the script tag looks like. */
function hostPage(element: string, theme: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Convene</title>
<style>body{margin:0;padding:16px;background:${theme === 'dark' ? '#111418' : '#f4f5f7'}}
#shot{max-width:1040px;margin:0 auto}</style></head>
<body><div id="shot">${element.replace('>', ` theme="${theme}" locale="en-GB" time-zone="Europe/Amsterdam">`)}</div>
<script src="/convene.js"></script></body></html>`;
}

const ELEMENTS = {
  booker: '<convene-booker proxy-url="/" site-key="pk_sandbox" event-type="1"></convene-booker>',
  poll: '<convene-poll-voter proxy-url="/" site-key="pk_sandbox" poll="1"></convene-poll-voter>',
  invite:
    '<convene-member-invite proxy-url="/" site-key="pk_sandbox" directory="meltingspot" token="TOKEN"></convene-member-invite>',
} as const;

async function main() {
  const startedAt = Date.now();
  // The sandbox's clock starts at the fixed instant and keeps running, as the page's does.
  const sandbox = createSandboxProxy({
    logWrite: () => {},
    now: () => new Date(Date.parse(FIXED_NOW) + (Date.now() - startedAt)),
  });
  const script = readFileSync(path.join(root, 'dist/embed/convene.js'), 'utf8');
  const site = new Hono();
  site.get('/convene.js', (c) => c.body(script, 200, { 'content-type': 'text/javascript' }));
  site.get('/page/:kind/:theme', async (c) => {
    let element: string = ELEMENTS[c.req.param('kind') as keyof typeof ELEMENTS];
    if (element.includes('TOKEN')) element = element.replace('TOKEN', await sandboxToken(sandbox.app.fetch));
    return c.html(hostPage(element, c.req.param('theme')));
  });
  site.route('/', sandbox.app);
  const server = serve({ fetch: site.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
  const taken: string[] = [];
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport,
          deviceScaleFactor: device === 'phone' ? 2 : 1,
          locale: 'en-GB',
          timezoneId: 'Europe/Amsterdam',
          colorScheme: theme,
        });
        const shoot = async (page: Page, name: string) => {
          const file = `${name}-${theme}-${device}.png`;
          await page.evaluate(() => document.fonts.ready);
          await page.locator('#shot').screenshot({ path: path.join(out, file), animations: 'disabled' });
          taken.push(file);
        };
        const open = async (kind: keyof typeof ELEMENTS) => {
          sandbox.reset();
          const page = await context.newPage();
          await page.clock.install({ time: new Date(Date.parse(FIXED_NOW) + (Date.now() - startedAt)) });
          await page.clock.resume();
          await page.goto(`${origin}/page/${kind}/${theme}`);
          return page;
        };

        const booker = await open('booker');
        const freeDay = booker.locator('button[data-free]').first();
        await freeDay.waitFor();
        await shoot(booker, 'booker-month');
        await freeDay.click();
        const time = booker.getByRole('list').getByRole('button').first();
        await visible(time);
        await shoot(booker, 'booker-times');
        await time.click();
        await visible(booker.getByRole('textbox', { name: /name/i }).first());
        await shoot(booker, 'booker-form');
        await booker.getByRole('textbox', { name: /name/i }).first().fill('Ada Lovelace');
        await booker
          .getByRole('textbox', { name: /e-?mail/i })
          .first()
          .fill('ada@example.com');
        // Event type 1's cancellation policy must be accepted; it arrives after the form.
        const policy = booker.getByRole('checkbox', { name: /cancellation policy/i });
        await visible(policy);
        await policy.check();
        await booker
          .getByRole('button', { name: /^(book|confirm)/i })
          .last()
          .click();
        await visible(booker.getByRole('heading', { name: /booked|confirmed/i }).first());
        await shoot(booker, 'booker-success');

        const poll = await open('poll');
        await visible(poll.getByRole('button', { name: /send/i }).first());
        await shoot(poll, 'poll');

        const invite = await open('invite');
        const addresses = invite.getByRole('textbox').first();
        await visible(addresses);
        await addresses.fill(
          'ada@example.com, new.person@example.com, Grace <grace@example.com>, not-an-address',
        );
        await addresses.press('Enter');
        await invite
          .getByRole('button', { name: /^(send|invite)/i })
          .last()
          .click();
        await visible(invite.getByText(/invited/i).first());
        await shoot(invite, 'invite-results');
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(`${taken.length} screenshots in docs/screenshots/: ${taken.join(', ')}\n`);
}

async function visible(locator: Locator) {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

async function sandboxToken(fetch: (request: Request) => Response | Promise<Response>): Promise<string> {
  const response = await fetch(
    new Request('http://localhost/__sandbox/token', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-convene-site': 'pk_sandbox',
        origin: 'http://localhost',
      },
      body: JSON.stringify({ scopes: ['invite:meltingspot'], ttlSeconds: 3600 }),
    }),
  );
  return ((await response.json()) as { token: string }).token;
}

await main();
