/** The calculator across time and the calculator path, in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';

afterAll(closeBrowser);

const output = (page: import('playwright-core').Page, name: string) => page.getByLabel(name, { exact: true }).and(page.locator('output'));

describe('the calculator path at 375 px', () => {
  it('shows the results (545% and what it means) above the controls', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375, height: 800 });
    const result = await output(page, 'Cost-profit margin').boundingBox();
    const hint = await page.getByText('profit ÷ cost: DeepSeek’s measure').boundingBox();
    const firstSlider = await page.getByRole('slider').first().boundingBox();
    const presets = await page.getByRole('group', { name: 'Scenarios' }).boundingBox();
    expect(result && hint && firstSlider && presets).toBeTruthy();
    expect(result!.y).toBeLessThan(firstSlider!.y);
    expect(hint!.y).toBeLessThan(presets!.y);
    expect(await output(page, 'Cost-profit margin').textContent()).toBe('545%');
    expect(errors).toEqual([]);
    await close();
  });

  it('has a "skip the controls" link that is visible on focus and jumps past the last input', async () => {
    const { page, close } = await openPage('index.html', { width: 375, height: 800 });
    const skip = page.getByRole('link', { name: 'Skip the controls' });
    const hidden = await skip.boundingBox();
    expect(hidden!.width).toBeLessThanOrEqual(1);
    await skip.focus();
    const shown = await skip.boundingBox();
    expect(shown!.width).toBeGreaterThan(60);
    expect(shown!.height).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calculator-after-controls');
    // The next Tab goes on to the chart after the controls, not back up to the results.
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const a = document.activeElement!;
      const results = document.getElementById('results-heading')!;
      const last = [...document.querySelectorAll('#calculator input[type=range]')].at(-1)!;
      return {
        afterLast: !!(last.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
        afterResults: !!(results.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    expect(where).toEqual({ afterLast: true, afterResults: true });
    await close();
  });

  it('Tab never goes back up: from the results through every control, each stop at or below the last in the page order', async () => {
    const { page, close } = await openPage('index.html', { width: 375, height: 800 });
    await page.locator('#results-heading').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    const stops: { inCalc: boolean; following: boolean; results: boolean }[] = [];
    let previous = await page.evaluateHandle(() => document.activeElement!);
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      const current = await page.evaluateHandle(() => document.activeElement!);
      stops.push(
        await page.evaluate(
          ([prev, cur]) => ({
            inCalc: !!cur && !!cur.closest('[data-island="calculator"]'),
            following: !!(prev!.compareDocumentPosition(cur!) & Node.DOCUMENT_POSITION_FOLLOWING),
            results: !!cur?.closest('.results'),
          }),
          [previous, current] as const,
        ),
      );
      previous = current;
      if (!stops.at(-1)!.inCalc) break;
    }
    expect(stops.length).toBeGreaterThan(20);
    // Every stop follows the one before it in the page order: focus never jumps back up.
    expect(stops.filter((s) => s.inCalc && !s.following)).toEqual([]);
    // And once past the results, it never returns to them.
    const firstOut = stops.findIndex((s) => !s.results);
    expect(stops.slice(firstOut).some((s) => s.results)).toBe(false);
    await close();
  });
});

describe('the calculator across time', () => {
  it('choosing a list re-prices the day, writes list= and the chart marks the chosen list', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375, height: 800 });
    await page.getByRole('radio', { name: /29 Sep 2025/ }).check();
    await expect.poll(() => output(page, 'Cost-profit margin').textContent()).toBe('77%');
    expect(await page.getByRole('slider', { name: 'R1 output ($ per million tokens)' }).inputValue()).toBe('0.42');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?list=v32');
    expect(await page.locator('#margin-over-time .mark.chosen').count()).toBe(1);
    // V4-Flash, V4-Pro and the 16 Aug 2026 peak/off-peak V4-Pro: not the model DeepSeek costed.
    expect(await page.locator('#margin-over-time .mark.flagged').count()).toBe(3);
    await page.getByRole('radio', { name: /16 Aug 2026/ }).check();
    await expect.poll(() => output(page, 'Cost-profit margin').textContent()).toBe('713%');
    expect(await page.getByRole('slider', { name: 'R1 output ($ per million tokens)' }).inputValue()).toBe('2.72');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?list=v4peak');
    expect(await page.locator('[data-price-list-status]').textContent()).toContain('off-peak × (1 + 37.3%)');
    expect(errors).toEqual([]);
    await close();
  });

  it('a link carries the list; a tampered list gives the notice and the Feb-2025 prices, never a broken page', async () => {
    const shared = await openPage('index.html?list=sep2025&free=10');
    await expect.poll(() => output(shared.page, 'Theoretical revenue').textContent()).toBe('$454,991');
    expect(await shared.page.getByRole('radio', { name: /5 Sep 2025/ }).isChecked()).toBe(true);
    expect(shared.errors).toEqual([]);
    await shared.close();

    const bad = await openPage('index.html?list=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect.poll(() => bad.page.locator('[data-url-notice]').textContent()).toContain('DeepSeek’s price list');
    expect(await bad.page.locator('[data-url-notice]').textContent()).toContain('Feb 2025: R1 and V3');
    expect(await output(bad.page, 'Cost-profit margin').textContent()).toBe('545%');
    expect(await bad.page.locator('img[src=x]').count()).toBe(0);
    expect(bad.errors).toEqual([]);
    await bad.close();
  });

  it('is axe clean at 375 px (light) and 1280 px (dark)', async () => {
    for (const [width, colorScheme] of [[375, 'light'], [1280, 'dark']] as const) {
      const { page, close } = await openPage('index.html?list=v4peak', { width, colorScheme });
      expect(await axeCheck(page, '#calculator')).toEqual([]);
      await close();
    }
  }, 240_000);

  it('labels do not overflow the margin chart at 320–1280 px, in every language', async () => {
    for (const path of ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html']) {
      const { page, close } = await openPage(path, { width: 320 });
      for (const width of [320, 375, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        const boxes = await page.locator('#margin-over-time svg').evaluate((svg) => {
          const frame = svg.closest('figure, section, div')!.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].map((t) => {
            const b = t.getBoundingClientRect();
            return { text: t.textContent, left: b.left, right: b.right, frameLeft: frame.left - 1, frameRight: frame.right + 1 };
          });
        });
        const out = boxes.filter((b) => b.left < b.frameLeft || b.right > b.frameRight);
        expect(out, `${path} ${width}`).toEqual([]);
        const values = await page.locator('#margin-over-time .value').evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((b) => ({ l: b.left, r: b.right, t: b.top, b: b.bottom })),
        );
        const clash = values.some((a, i) => values.some((b, j) => i < j && a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b));
        expect(clash, `${path} ${width}`).toBe(false);
      }
      await close();
    }
  }, 240_000);
});
