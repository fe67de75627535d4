#!/usr/bin/env node
/**
 * Measures each embed's height in Chromium, per band of iframe width, and prints the table
 * for src/lib/embed/heights.ts. Build first (DIST_DIR, default dist/), then:
 *   node test/bench/embed-heights.mjs
 * Each embed page is opened at several widths of each band (a page at width w lays out as an
 * iframe w px wide does), in every language, light and dark, its island awake and settled;
 * a band's height is the tallest it measured, plus room for a scenario's longer words,
 * rounded up to 10 px.
 */
import { resolve } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const CHARTS = ['calculator', 'margins', 'day', 'smile', 'timeline', 'gap', 'prices'];
const LOCALES = ['en', 'zh-Hans', 'zh-Hant'];
const BANDS = { narrow: [320, 360, 400, 440, 479], medium: [480, 560, 640, 720, 799], wide: [800, 1000, 1280] };
const ROOM = 40;

const server = await preview({ configFile: false, root: ROOT, logLevel: 'error', build: { outDir: DIST }, preview: { host: '127.0.0.1', port: 0 } });
const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const out = {};
try {
  for (const chart of CHARTS) {
    out[chart] = {};
    for (const [band, widths] of Object.entries(BANDS)) {
      let max = 0;
      for (const locale of LOCALES) {
        const context = await browser.newContext({ viewport: { width: widths[0], height: 700 } });
        const page = await context.newPage();
        await page.goto(`${base}embed/${chart}${locale === 'en' ? '' : `.${locale}`}.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-hydrated') || el.getBoundingClientRect().height === 0));
        for (const width of widths) {
          await page.setViewportSize({ width, height: 700 });
          await page.waitForTimeout(250);
          const h = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          max = Math.max(max, h);
        }
        await context.close();
      }
      out[chart][band] = Math.ceil((max + ROOM) / 10) * 10;
      process.stderr.write(`${chart} ${band}: ${max} px measured\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('export const EMBED_HEIGHTS: Record<EmbedChartName, Record<WidthBand, number>> = {');
for (const [chart, h] of Object.entries(out)) console.log(`  ${chart}: { narrow: ${h.narrow}, medium: ${h.medium}, wide: ${h.wide} },`);
console.log('};');
