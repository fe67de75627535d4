/**
 * Real Chromium for browser tests: playwright-core drives Debian's /usr/bin/chromium
 * (never a downloaded browser). One browser per test file; a fresh page per test.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

let browser: Browser | null = null;

export async function getBrowser(): Promise<Browser> {
  if (!browser) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and requests that left the page's own origin. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Wake every island before the test starts, as a reader scrolling through the page would
   * (default); 'none' leaves them as the page loaded them.
   */
  islands?: 'all' | 'none';
}

/** Open a page of the built site, e.g. openPage('index.html?free=50'). */
export async function openPage(path = '', options: OpenOptions = {}): Promise<OpenedPage> {
  const b = await getBrowser();
  const context = await b.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1200, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') errors.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) errors.push(`external request: ${url}`);
  });
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  if (options.javaScriptEnabled !== false) {
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    if ((options.islands ?? 'all') === 'all') await wakeIslands(page);
  }
  return { page, errors, close: () => context.close() };
}

/** Scroll each island into view, as a reader would, and wait until every one has hydrated. */
export async function wakeIslands(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const at = scrollY;
    window.dispatchEvent(new Event('scroll'));
    for (const el of document.querySelectorAll('[data-island]')) {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
      // An island that waits for a touch (page chrome, notice) gets one.
      el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    }
    window.scrollTo({ top: at, behavior: 'instant' });
  });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-hydrated') || el.hasAttribute('data-island-failed')));
}

const require = createRequire(import.meta.url);

/** Run axe-core on the part of the page matched by `selector`; returns the violations. */
export async function axeCheck(page: Page, selector = 'body') {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected
  // <script> would be refused, as it should be).
  await page.evaluate(source);
  return page.evaluate(async (sel) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(sel, { resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, selector);
}
