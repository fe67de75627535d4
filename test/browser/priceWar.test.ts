/** The price-war section in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';
import { pricedPoints, CUTS } from '../../src/lib/data/prices';
import { layoutPrices } from '../../src/lib/chart/prices';
import { PRICE_QUOTES } from '../../src/lib/data/priceQuotes';
import { readFileSync, readdirSync } from 'node:fs';

afterAll(closeBrowser);

const focused = (page: import('playwright-core').Page, attr: string) => page.evaluate((a) => document.activeElement?.getAttribute(a) ?? '', attr);
/** The chart's keyboard order (it does not depend on the width or the labels). */
const order = (side: 'input' | 'output') => layoutPrices({ width: 992, side, currency: 'USD', locale: 'en', axisTitle: '', label: (p) => p.model }).order;

describe('price war section in Chromium', () => {
  it('carries its quotes, narrative and fact checks in the HTML of both languages and in none of the JavaScript', () => {
    const DIST = process.env.DIST_DIR ?? 'dist';
    const js = readdirSync(`${DIST}/assets`).filter((f) => f.endsWith('.js')).map((f) => readFileSync(`${DIST}/assets/${f}`, 'utf8')).join('\n');
    const escape = (q: string) => q.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const page of ['index.html', 'index.zh-Hans.html']) {
      const html = readFileSync(`${DIST}/${page}`, 'utf8');
      for (const [id, quote] of Object.entries(PRICE_QUOTES)) {
        expect(html.includes(quote) || html.includes(escape(quote)), `${page}: ${id}`).toBe(true);
      }
      expect(html, page).toContain('id="price-war"');
      expect(html, page).toContain('href="#price-war"');
    }
    // The old section address now holds the chart's frame alone (issue 11): no essay, no fact checks.
    const embed = readFileSync(`${DIST}/embed/price-war.html`, 'utf8');
    expect(embed).toContain('id="api-prices"');
    expect(embed).not.toContain('id="price-war"');
    for (const [id, quote] of Object.entries(PRICE_QUOTES)) expect(js.includes(quote.slice(0, 40)), id).toBe(false);
    expect(js).not.toContain('The article behind this page makes three claims');
  });

  it('toggles input/output and US$/yuan: marks, axis and the announced prices follow', async () => {
    const { page, errors, close } = await openPage('index.html');
    const fig = page.locator('#api-prices');
    await fig.scrollIntoViewIfNeeded();
    const marks = fig.locator('svg[role="group"] [data-mark]');
    expect(await marks.count()).toBe(pricedPoints('input').length + CUTS.length);
    expect(await fig.locator('.axis-title').textContent()).toBe('US$ per million tokens (log scale)');
    const gpt4 = fig.locator('[data-mark="gpt-4-0613"]');
    expect(await gpt4.getAttribute('aria-label')).toContain('input $30 per million tokens;');

    await fig.getByRole('radio', { name: 'Output tokens' }).check();
    await expect.poll(() => marks.count()).toBe(pricedPoints('output').length + CUTS.length);
    expect(await fig.locator('[data-mark="doubao-pro-32k"]').count()).toBe(0);
    expect(await gpt4.getAttribute('aria-label')).toContain('output $60 per million tokens;');

    await fig.getByRole('radio', { name: 'Yuan' }).check();
    await expect.poll(() => fig.locator('.axis-title').textContent()).toBe('Yuan per million tokens (log scale)');
    // Converted at the stated rate, and said so; DeepSeek's own yuan prices as published.
    expect(await gpt4.getAttribute('aria-label')).toContain('output ¥436.2 per million tokens (converted at ¥7.27 per US$, our calculation)');
    expect(await fig.locator('[data-mark="deepseek-r1"]').getAttribute('aria-label')).toMatch(/output ¥16 per million tokens; list price/);
    await expect.poll(() => fig.locator('[data-day-line]').textContent()).toMatch(/¥.*converting at ¥7\.27 per US\$/);

    await fig.getByRole('radio', { name: 'Input tokens' }).check();
    await expect.poll(() => fig.locator('[data-mark="doubao-pro-32k"]').getAttribute('aria-label')).toContain('input ¥0.8 per million tokens; list price; Press report; source: bg3.co');
    expect(errors).toEqual([]);
    await close();
  });

  for (const side of ['input', 'output'] as const)
    it(`${side}: the keyboard reaches every mark in date order, each announcing its source`, async () => {
      const { page, errors, close } = await openPage('index.html');
      const fig = page.locator('#api-prices');
      if (side === 'output') await fig.getByRole('radio', { name: 'Output tokens' }).check();
      await fig.locator('svg [data-mark][tabindex="0"]').focus();
      const expected = order(side);
      const seen: string[] = [await focused(page, 'data-mark')];
      const labels: string[] = [await focused(page, 'aria-label')];
      for (let i = 1; i < expected.length; i++) {
        await page.keyboard.press('ArrowRight');
        seen.push(await focused(page, 'data-mark'));
        labels.push(await focused(page, 'aria-label'));
      }
      expect(seen).toEqual(expected);
      for (const [i, l] of labels.entries()) expect(l, seen[i]).toMatch(/; (Company claim|Press report); source: \S/);
      // The last mark's details show its price, kind and a link to its source.
      const detail = fig.locator('.detail');
      await expect.poll(() => detail.innerText()).toMatch(/DeepSeek-V3 \/ R1[^]*Company claim[^]*DeepSeek API Docs/);
      expect(await detail.locator('a').first().getAttribute('href')).toBe('https://api-docs.deepseek.com/quick_start/pricing');
      await page.keyboard.press('Home');
      expect(await focused(page, 'data-mark')).toBe(expected[0]);
      expect(errors).toEqual([]);
      await close();
    });

  it('prices the calculator’s day at the mark in focus, and follows the calculator', async () => {
    // A GPU at $4 an hour doubles the day's cost to $174,144.
    const { page, errors, close } = await openPage('index.html?gpu=4');
    const line = page.locator('#api-prices [data-day-line]');
    await expect.poll(() => line.textContent()).toMatch(/^At DeepSeek-V2’s prices \(\$0\.14 in, \$0\.28 out per million tokens\).*608B input and 168B output.*would bill \$132K, 0\.759× its GPU cost of \$174K\. Our calculation\./);
    await page.locator('#api-prices [data-mark="gpt-4-0613"]').focus();
    await expect.poll(() => line.textContent()).toMatch(/At GPT-4-0613’s prices.*\$28\.3M, 163× its GPU cost/);
    await page.locator('#api-prices [data-mark="doubao-pro-32k"]').focus();
    await expect.poll(() => line.textContent()).toMatch(/cannot be priced.*no output price/);
    expect(errors).toEqual([]);
    await close();
  });

  it('links the series as a CSV with the rate on every row', async () => {
    const { page, errors, close } = await openPage('index.zh-Hans.html');
    const link = page.locator('#api-prices a[download]');
    // The Chinese page links the Chinese file (issue 11: headings in the page's language).
    expect(await link.getAttribute('href')).toBe('./data/price-war.zh-Hans.csv');
    const text = await page.evaluate(async (href) => (await fetch(href)).text(), (await link.getAttribute('href'))!);
    const rows = text.trim().split(/\r?\n/);
    expect(rows[0]).toContain('美元兑人民币汇率');
    expect(rows.length).toBe(1 + pricedPoints('input').length + CUTS.length);
    for (const r of rows.slice(1)) expect(r).toContain(',7.27,');
    expect(errors).toEqual([]);
    await close();
  });

  for (const path of ['index.html', 'index.zh-Hans.html'])
    it(`${path}: fits a 375 px phone without sideways scroll`, async () => {
      const { page, errors, close } = await openPage(path, { width: 375, height: 800 });
      const svg = page.locator('#api-prices svg[role="group"]');
      await svg.scrollIntoViewIfNeeded();
      const box = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(await page.locator('#api-prices .labels text').count()).toBeGreaterThanOrEqual(8);
      const widths = await page.evaluate(() => {
        const s = document.querySelector('#price-war')!;
        return { page: document.documentElement.scrollWidth, section: s.scrollWidth, client: s.clientWidth };
      });
      expect(widths.page).toBeLessThanOrEqual(375);
      expect(widths.section).toBeLessThanOrEqual(widths.client);
      // The drawn labels do not overlap and stay inside the chart.
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const frame = document.querySelector('#api-prices svg[role="group"]')!.getBoundingClientRect();
        const boxes = [...document.querySelectorAll<SVGTextElement>('#api-prices svg[role="group"] text')].map((t) => [t.textContent, t.getBoundingClientRect()] as const);
        for (const [i, [text, b]] of boxes.entries()) {
          if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5) out.push(`${text} outside`);
          for (const [other, c] of boxes.slice(i + 1))
            if (b.left < c.right - 0.5 && c.left < b.right - 0.5 && b.top < c.bottom - 0.5 && c.top < b.bottom - 0.5) out.push(`${text} overlaps ${other}`);
        }
        return out;
      });
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });

  it('has no axe-core violations in the section, in both languages and both themes', async () => {
    for (const path of ['index.html', 'index.zh-Hans.html'])
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, close } = await openPage(path, { colorScheme });
        await page.locator('#api-prices details.table summary').click();
        await page.locator('#api-prices [data-mark="deepseek-r1"]').focus();
        const violations = await axeCheck(page, '#price-war');
        expect(violations, `${path} ${colorScheme}: ${JSON.stringify(violations)}`).toEqual([]);
        await close();
      }
  });
});
