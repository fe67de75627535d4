import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openPage, closeBrowser, baseUrl, wakeIslands } from '../support/browser';

afterAll(closeBrowser);

const DIST = process.env.DIST_DIR ?? 'dist';
const KiB = 1024;
const gz = (path: string) => gzipSync(readFileSync(`${DIST}/${path}`), { level: 9 }).length;
const hydrated = (page: import('playwright-core').Page) =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-island]')].map((el) => [el.dataset.island, el.hasAttribute('data-hydrated')])));

/** Record the site's JavaScript files the page requests. */
function scripts(page: import('playwright-core').Page): Set<string> {
  const files = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js') && r.url().startsWith(baseUrl())) files.add(url.pathname.slice(1));
  });
  return files;
}

describe('islands in the browser', () => {
  it('the story loads no island before the reader engages: a few KiB of script, nothing hydrated', async () => {
    const { page, errors, close } = await openPage('index.html', { islands: 'none', width: 412, height: 823 });
    const files = scripts(page);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(Object.values(await hydrated(page)).some(Boolean)).toBe(false);
    // Only the entry and what it imports statically (the HTML preloads exactly those).
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect([...files].every((f) => entry.includes(f)), [...files].join(' ')).toBe(true);
    expect([...files].some((f) => /runtime|ui\.svelte|Island|Figure|Chrome/.test(f))).toBe(false);
    expect([...files].reduce((s, f) => s + gz(f), 0)).toBeLessThanOrEqual(30 * KiB);
    expect(errors).toEqual([]);
    await close();
  });

  it('an island wakes as the reader scrolls to it, and only the islands near the reader do', async () => {
    const { page, errors, close } = await openPage('index.html', { islands: 'none', width: 1200, height: 800 });
    const files = scripts(page);
    await page.locator('#smile-curve').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('[data-island="smile"]')?.hasAttribute('data-hydrated'));
    const state = await hydrated(page);
    expect(state.smile).toBe(true);
    expect(state.gap).toBe(false); // far below
    expect([...files].some((f) => f.includes('SmileFigure'))).toBe(true);
    expect([...files].some((f) => f.includes('GapFigure'))).toBe(false);
    // The metric switch works once awake.
    await page.getByRole('radio', { name: /gross margin/i }).check();
    await expect.poll(() => page.locator('#smile-curve [data-mark="deepseek"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('an embed loads only its own island, its words and the shared runtime', async () => {
    const { page, errors, close } = await openPage('embed/smile.html', { islands: 'none' });
    const files = scripts(page);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('[data-island="smile"]')?.hasAttribute('data-hydrated'));
    const names = [...files].join(' ');
    expect(names).toMatch(/SmileFigure/);
    expect(names).toMatch(/en-smile/);
    expect(names).not.toMatch(/CalculatorIsland|TimelineFigure|GapFigure|PageChrome|en-calculator|en-openClosed|zh-Hans/);
    expect(errors).toEqual([]);
    await close();
  });

  it('a control used before its island wakes keeps the reader’s choice', async () => {
    const { page, errors, close } = await openPage('index.html', { islands: 'none' });
    // The island's chunk arrives late, so the click lands on the prerendered radio.
    await page.route(/PageChrome-.*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    expect((await hydrated(page)).chrome).toBe(false);
    await page.getByRole('radio', { name: 'Dark' }).check({ force: true });
    expect((await hydrated(page)).chrome).toBe(false);
    await page.waitForFunction(() => document.querySelector('[data-island="chrome"]')?.hasAttribute('data-hydrated'));
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('theme=dark');
    expect(errors).toEqual([]);
    await close();
  });

  it('a shared scenario wakes the islands that show it at once, with the link’s numbers', async () => {
    const { page, errors, close } = await openPage('index.html?gpu=4', { islands: 'none' });
    await page.waitForFunction(() => !document.documentElement.classList.contains('scenario-pending'));
    const state = await hydrated(page);
    expect(state.calculator).toBe(true);
    expect(state.smile).toBe(true);
    expect(state.timeline).toBe(false);
    await expect.poll(() => page.getByLabel('Daily cost', { exact: true }).first().textContent()).toContain('174,144');
    expect(errors).toEqual([]);
    await close();
  });

  it('an island whose script fails keeps its prerendered chart and leaves the others working', async () => {
    const { page, errors, close } = await openPage('index.html', { islands: 'none' });
    await page.route(/SmileFigure-.*\.js$/, (route) => route.abort());
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await wakeIslands(page);
    expect(await page.locator('[data-island="smile"][data-island-failed]').count()).toBe(1);
    expect(await page.locator('#smile-curve svg [data-mark]').count()).toBeGreaterThan(5);
    expect((await hydrated(page)).timeline).toBe(true);
    expect(errors.filter((e) => !/SmileFigure|Failed to fetch|net::ERR_FAILED|could not start/.test(e))).toEqual([]);
    await close();
  });
});
