/**
 * The built Storybook as a team publishes it: plain files on a static server (sirv, no proxy, under a
 * sub-path like GitHub Pages), opened in Chromium. Each data story's play function runs against the
 * sandbox inside the page. Fails when a play function throws, a story errors, or any request reaches the
 * server under /__convene (there is no proxy to answer it).
 *
 *   npm run build-storybook && npx tsx test/static-storybook/run.ts [story-id …]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium.ts';
import { SANDBOX_PROXY_PATH } from '../sandboxPath.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = path.join(root, 'storybook-static');
const BASE = '/convene-storybook';

/** What a story's run came to (recorded by watchStory.js). */
interface StoryOutcome {
  status: 'passed' | 'failed';
  detail?: string;
}
const watchStory = readFileSync(fileURLToPath(new URL('./watchStory.js', import.meta.url)), 'utf8');

/** Stories that read, write and break the sandbox: reset, slots, bookings, faults, tokens, the call log. */
const DATA_STORIES = [
  'scheduling-availabilitypicker--pick-a-slot',
  'scheduling-availabilitypicker--error-state',
  'scheduling-booker--book-end-to-end',
  'scheduling-bookingform--taken-slot',
  'scheduling-bookingform--vendor-failure-then-retry',
  'polls-pollvoter--success',
  'polls-pollvoter--vendor-error-then-retry',
  'community-memberinvite--partial-failure',
];

async function main(): Promise<void> {
  if (!existsSync(path.join(staticDir, 'iframe.html'))) {
    throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
  }
  const stories = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DATA_STORIES;
  const serve = sirv(staticDir, { dev: false, etag: true });
  const proxyHits: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith(SANDBOX_PROXY_PATH)) proxyHits.push(`${req.method} ${url}`);
    if (!url.startsWith(`${BASE}/`)) {
      res.writeHead(404).end();
      return;
    }
    req.url = url.slice(BASE.length);
    serve(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
  const failures: string[] = [];
  try {
    for (const id of stories) {
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.addInitScript({ content: watchStory });
      const started = Date.now();
      await page.goto(`http://localhost:${port}${BASE}/iframe.html?id=${id}&viewMode=story`);
      const outcome = (await (
        await page.waitForFunction(
          () => (window as { __convenePlayOutcome?: unknown }).__convenePlayOutcome,
          null,
          {
            timeout: 60_000,
          },
        )
      ).jsonValue()) as StoryOutcome;
      const took = `${Date.now() - started} ms`;
      if (outcome.status === 'passed' && pageErrors.length === 0) {
        console.log(`ok    ${id} (${took})`);
      } else {
        failures.push(id);
        console.log(`FAIL  ${id} (${took}): ${[outcome.detail, ...pageErrors].filter(Boolean).join(' | ')}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (proxyHits.length > 0) {
    failures.push('proxy requests');
    console.log(`FAIL  the static server was asked for the proxy: ${proxyHits.slice(0, 5).join(', ')}`);
  }
  console.log(`${stories.length - failures.length}/${stories.length} stories passed on static files`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
