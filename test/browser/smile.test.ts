/** The smile-curve section in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';

afterAll(closeBrowser);

const focusedLabel = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('smile curve in Chromium', () => {
  it('tabs through every mark, each announced with company, figure, period and kind', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    await section.scrollIntoViewIfNeeded();
    const marks = section.locator('[data-mark]');
    const count = await marks.count();
    expect(count).toBe(7);
    await marks.first().focus();
    const seen: string[] = [await focusedLabel(page)];
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedLabel(page));
    }
    expect(seen[0]).toBe('NVIDIA, Chips: operating margin 62.3%, Q3 FY2025 (quarter to 27 Oct 2024), Filing');
    expect(seen.every((s) => /: (operating margin|projected loss ÷ revenue) (≈ )?−?\d+(\.\d)?%, .+, (Filing|Company claim|Press report|Estimate)/.test(s))).toBe(true);
    expect(new Set(seen).size).toBe(count);
    // The detail panel shows the focused mark's source with a link.
    await expect.poll(() => section.locator('.detail a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    // … and the company's note (a build-time block), only that one.
    await marks.first().focus();
    await expect.poll(() => section.locator('.detail').innerText()).toContain('data-centre chips were 88% of revenue');
    expect(await section.locator('.detail [data-prose]:visible').count()).toBe(1);
    // Arrow keys move between marks too.
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe(await marks.nth(1).getAttribute('aria-label'));
    expect(errors).toEqual([]);
    await close();
  });

  it('switches the metric and hides the idea curve', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    await section.getByRole('radio', { name: 'Gross margin' }).check();
    await expect.poll(() => section.locator('[data-mark]').count()).toBe(6);
    expect(await section.locator('[data-mark="anthropic"]').getAttribute('aria-label')).toMatch(/gross margin −94%/);
    expect(await section.locator('.idea path').count()).toBe(1);
    await section.getByRole('checkbox', { name: /Show the idea curve/ }).uncheck();
    await expect.poll(() => section.locator('.idea path').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves DeepSeek’s point when a calculator slider moves', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    await section.getByRole('radio', { name: 'Gross margin' }).check();
    const point = section.locator('[data-mark="deepseek"]');
    await expect(point.getAttribute('aria-label')).resolves.toMatch(/84\.5%/);
    const before = await point.getAttribute('transform');
    const slider = page.getByRole('slider', { name: /Free traffic/ });
    await slider.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => point.getAttribute('transform')).not.toBe(before);
    await expect.poll(() => point.getAttribute('aria-label')).toMatch(/your calculator scenario/);
    expect(errors).toEqual([]);
    await close();
  });

  it('stays legible on a 375 px phone, with no overflow', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375, height: 800 });
    const svg = page.locator('#smile svg[role="group"]');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
    expect(await page.locator('#smile .labels text').count()).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe-core violations in the section, in light and dark, in both languages', async () => {
    for (const [path, colorScheme] of [['index.html', 'light'], ['index.zh-Hans.html', 'dark']] as const) {
      const { page, close } = await openPage(path, { colorScheme });
      await page.locator('#smile details.table summary').first().click();
      const violations = await axeCheck(page, '#smile');
      expect(violations, `${path} ${colorScheme}: ${JSON.stringify(violations)}`).toEqual([]);
      await close();
    }
  });
});
