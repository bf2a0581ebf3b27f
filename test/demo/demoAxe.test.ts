import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxProxy } from '../../proxy/src/sandbox';
import { CHROMIUM_ARGS, resolveChromium } from '../chromium';
import { FIXED_NOW } from '../clock';

/**
 * The demo page (`npm start` → /demo) as a visitor opens it: the built script on a plain page, every widget,
 * checked by axe-core with all its default rules, best practices and `region` included, at the widths of a
 * small phone, a common phone and a laptop, in light and dark, in English, Dutch and French. The stories
 * check each widget alone; this checks what a page with all of them and its own header looks like.
 */
const root = path.resolve(import.meta.dirname, '../..');
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');
const WIDTHS = [320, 390, 1280] as const;
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'nl', 'fr'] as const;

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

let browser: Browser;
let origin: string;
let close: () => void;

beforeAll(async () => {
  const startedAt = Date.now();
  const script = readFileSync(path.join(root, 'dist/embed/convene.js'), 'utf8');
  const { app } = createSandboxProxy({
    logWrite: () => {},
    now: () => new Date(Date.parse(FIXED_NOW) + (Date.now() - startedAt)),
    demo: { loadScript: async () => script },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
  browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  close?.();
});

async function newVisitor(width: number, theme: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    colorScheme: theme === 'dark' ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(FIXED_NOW) });
  await page.clock.resume();
  return page;
}

/** The demo with its own theme and language switches set, once every widget shows its data. */
async function openDemo(page: Page, theme: string, language: string): Promise<void> {
  await page.goto(`${origin}/demo`);
  await page.selectOption('#theme', theme);
  await page.selectOption('#locale', language);
  await page.locator(`convene-booker [lang^="${language}"]`).first().waitFor();
  await page.locator('convene-booker button[data-free]').first().waitFor();
  await page.locator('convene-availability-picker button[data-free]').first().waitFor();
  await page.locator('convene-poll-voter input[type="radio"]').first().waitFor();
  await page.locator('convene-member-invite textarea, convene-member-invite input').first().waitFor();
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('the demo page under axe', () => {
  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      it(`${width} px, ${theme}: no violation in ${LANGUAGES.join(', ')}, on arrival nor with a day's times shown`, async () => {
        const page = await newVisitor(width, theme);
        try {
          for (const language of LANGUAGES) {
            await openDemo(page, theme, language);
            expect(await axeViolations(page), `${language}, on arrival`).toEqual([]);
            await page.locator('convene-booker button[data-free]').first().click();
            await page.locator('convene-booker ul button').first().waitFor();
            expect(await axeViolations(page), `${language}, a day's times shown`).toEqual([]);
          }
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
