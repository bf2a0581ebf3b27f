#!/usr/bin/env node
/**
 * The packed `convene` in a stock Next.js App Router app (test/nextjs-app), as a user installs it:
 * `npm run build`, `npm pack`, install the tarball in the fixture, `next build`, `next start`, then book in
 * Chromium as en-US, fr-FR and nl-NL visitors in America/New_York and Asia/Kolkata against the sandbox proxy.
 * Fails on a build error, a MODULE_LEVEL_DIRECTIVE warning, any console error or warning in the page
 * (hydration mismatches among them), or a booking that does not reach the SimplyMeet simulator.
 *
 *   node test/nextjs/run.mjs [--no-build] [--detect]
 *
 * --no-build reuses dist/; --detect lets the widgets detect language and zone instead of the page passing
 * them (see app/page.tsx).
 */
import path from 'node:path';
import * as consumer from '../consumers/shared.mjs';

const app = path.join(consumer.root, 'test/nextjs-app');
const args = new Set(process.argv.slice(2));
const detect = args.has('--detect');
const VISITORS = ['en-US', 'fr-FR', 'nl-NL'].flatMap((locale) =>
  ['America/New_York', 'Asia/Kolkata'].map((timeZone) => ({ locale, timeZone })),
);

async function main() {
  consumer.packAndInstall(app, { build: !args.has('--no-build') });
  const proxyUrl = await consumer.startSandboxProxy();
  const env = { ...process.env, CONVENE_PROXY_URL: proxyUrl, NEXT_TELEMETRY_DISABLED: '1' };

  const server = await consumer.buildAndServe({
    app,
    env,
    tool: 'next',
    bin: path.join(app, 'node_modules/next/dist/bin/next'),
    build: ['build'],
    serve: (port) => ['start', '-p', String(port)],
  });

  await consumer.bookEach(VISITORS, ({ timeZone }) => ({
    pageUrl: `${server.url}/${detect ? '?detect' : `?tz=${encodeURIComponent(timeZone)}`}`,
    proxyUrl,
  }));
  consumer.assertNoDirectiveNoise(server.output(), 'next start');
  if (/error/i.test(server.output())) throw new Error(`next start logged an error:\n${server.output()}`);
  consumer.log(`ok: ${VISITORS.length} visitors booked${detect ? ' (language and zone detected)' : ''}`);
}

consumer.runConsumer('nextjs', main);
