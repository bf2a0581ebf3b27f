import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium } from 'playwright-core';
import { createSandboxProxy } from '../proxy/src/sandbox';
import { CHROMIUM_ARGS, resolveChromium } from '../test/chromium';

type Figures = Record<string, number | string | null>;

const root = path.resolve(import.meta.dirname, '..');

/** A plain customer page with the script tag only: what `time_to_slots` measures. */
const page = (
  eventType: number,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><convene-availability-picker proxy-url="/" site-key="pk_sandbox" event-type="${eventType}" locale="en-GB"
 time-zone="Europe/Amsterdam"></convene-availability-picker><script src="/convene.js"></script></body></html>`;

/*
 * In-page scripts as plain text: tsx would otherwise wrap functions with helpers the page does not have.
 *
 * TIME_TO_SLOTS waits for the first day with free times, chooses it, and reports when its first time button
 * is on screen, in ms since navigation start (the picker lists a day's times once a day is chosen).
 */
const TIME_TO_SLOTS = `new Promise((resolve) => {
  let freeDay = 0;
  const check = () => {
    const shadow = document.querySelector('convene-availability-picker')?.shadowRoot;
    const day = shadow?.querySelector('button.convene-picker-day[data-free]');
    if (!freeDay && day) { freeDay = performance.now(); day.click(); }
    const time = shadow?.querySelector('button.convene-picker-slot');
    if (freeDay && time) return resolve({ freeDay, slots: performance.now() });
    requestAnimationFrame(check);
  };
  check();
})`;

/** Median ms from a click on "Next month" / an arrow key until the DOM shows its effect (new month, focus moved). */
const INTERACTIONS = (runs: number) => `(async () => {
  const shadow = document.querySelector('convene-availability-picker').shadowRoot;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  // A task-sized yield (not a frame) so the measure is not rounded up to the next 16 ms vsync.
  const channel = new MessageChannel();
  const tick = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  const median = (v) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
  const grid = () => shadow.querySelector('table.convene-picker-grid')?.getAttribute('aria-label');
  const month = [];
  for (let i = 0; i < ${runs}; i += 1) {
    const next = shadow.querySelector('button[aria-label="Next month"]');
    const before = grid();
    const started = performance.now();
    next?.click();
    while (grid() === before && performance.now() - started < 2000) await tick();
    month.push(performance.now() - started);
  }
  const keys = [];
  shadow.querySelector('button.convene-picker-day[tabindex="0"]')?.focus();
  for (let i = 0; i < ${runs}; i += 1) {
    const from = shadow.activeElement;
    const started = performance.now();
    from?.dispatchEvent(new KeyboardEvent('keydown', { key: i % 2 ? 'ArrowLeft' : 'ArrowRight', bubbles: true, composed: true }));
    while (shadow.activeElement === from && performance.now() - started < 2000) await tick();
    keys.push(performance.now() - started);
  }
  return { month: median(month), key: median(keys) };
})()`;

/** In headless Chromium on loopback: first free times from the script build, cold and warm; month and key navigation. */
export async function browserFigures(quick: boolean): Promise<Figures> {
  const sandbox = createSandboxProxy({ logWrite: () => {} });
  const script = readFileSync(path.join(root, 'dist/embed/convene.js'), 'utf8');
  const site = new Hono();
  site.get('/bench.html', (c) => c.html(page(1)));
  site.get('/convene.js', (c) =>
    c.body(script, 200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' }),
  );
  site.route('/', sandbox.app);
  const server = serve({ fetch: site.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}/bench.html`;
  const browser = await chromium.launch({
    executablePath: await resolveChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const runs = quick ? 3 : 9;
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  try {
    const cold: number[] = [];
    const coldDay: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext(); // empty HTTP cache: a first visit
      const tab = await context.newPage();
      tab.on('crash', () => process.stderr.write('bench: page crashed\n'));
      tab.on('pageerror', (error) => process.stderr.write(`bench: page error ${error.message}\n`));
      tab.on('console', (message) => process.stderr.write(`bench: console ${message.text()}\n`));
      await tab.goto(url);
      const t = (await tab.evaluate(TIME_TO_SLOTS)) as { freeDay: number; slots: number };
      cold.push(t.slots);
      coldDay.push(t.freeDay);
      await context.close();
    }
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.evaluate(TIME_TO_SLOTS);
    const warm: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await tab.reload(); // script from the HTTP cache, proxy cache warm
      warm.push(((await tab.evaluate(TIME_TO_SLOTS)) as { slots: number }).slots);
    }
    const interactions = (await tab.evaluate(INTERACTIONS(quick ? 5 : 15))) as { month: number; key: number };
    await context.close();
    return {
      'machine.chromium_version': browser.version(),
      'browser.time_to_free_day_cold_ms': round(median(coldDay)),
      'browser.time_to_slots_cold_ms': round(median(cold)),
      'browser.time_to_slots_warm_ms': round(median(warm)),
      'browser.month_nav_ms': round(interactions.month),
      'browser.key_nav_ms': round(interactions.key),
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
