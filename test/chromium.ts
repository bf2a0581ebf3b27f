import { existsSync } from 'node:fs';

/**
 * Flags that let Chromium start as root in a closed network: without the background-networking ones it
 * keeps dialling Google's hosts and logging refused connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * The Chromium the browser tests and benchmarks drive: `CHROMIUM_PATH`, else the system one, else the
 * build that `@sparticuz/chromium` ships inside its npm package, so a machine with only Node needs
 * nothing installed by hand.
 */
export async function resolveChromium(): Promise<string> {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}
