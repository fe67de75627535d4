/** The open- vs closed-weights section in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';
import { EVENTS } from '../../src/lib/data/openClosed';

afterAll(closeBrowser);

const focused = (page: import('playwright-core').Page, attr: string) =>
  page.evaluate((a) => document.activeElement?.getAttribute(a) ?? '', attr);

describe('open vs closed section in Chromium', () => {
  it('filter chips change the visible marks', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#open-closed');
    await section.scrollIntoViewIfNeeded();
    const marks = section.locator('#open-timeline [data-event]');
    await expect.poll(() => marks.count()).toBe(EVENTS.length);
    const closedChip = section.getByRole('button', { name: 'Closed model', exact: true });
    expect(await closedChip.getAttribute('aria-pressed')).toBe('true');
    await closedChip.click();
    expect(await closedChip.getAttribute('aria-pressed')).toBe('false');
    const closedCount = EVENTS.filter((e) => e.type === 'closed').length;
    await expect.poll(() => marks.count()).toBe(EVENTS.length - closedCount);
    expect(await section.locator('#open-timeline [data-event][data-type="closed"]').count()).toBe(0);
    await closedChip.click();
    await expect.poll(() => marks.count()).toBe(EVENTS.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('keyboard navigation reaches every event, each with a name and a sourced detail', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#open-closed');
    const first = section.locator('#open-timeline [data-event][tabindex="0"]');
    await first.focus();
    const seen = [await focused(page, 'data-event')];
    for (let i = 1; i < EVENTS.length; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focused(page, 'data-event'));
    }
    expect(seen).toEqual(EVENTS.map((e) => e.id));
    expect(await focused(page, 'aria-label')).toMatch(/^5 Aug 2025, OpenAI releases gpt-oss/);
    await expect.poll(() => section.locator('#open-timeline .detail a').first().getAttribute('href')).toMatch(/^https:\/\//);
    await page.keyboard.press('Home');
    expect(await focused(page, 'data-event')).toBe(EVENTS[0]!.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('the gap chart announces values and switches to percent', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#open-closed');
    const month = section.locator('#arena-gap [data-month="2025-01"]');
    await month.focus();
    const live = section.locator('#arena-gap [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/DeepSeek-R1 .*1,358; gap 24 points, 1\.77%/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toMatch(/^Feb 2025/);
    await section.getByRole('radio', { name: 'Gap in percent' }).check();
    await expect.poll(() => section.locator('#arena-gap .gap-line').count()).toBe(1);
    expect(await section.locator('#arena-gap .ref').count()).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('turns vertical and stays inside a 375 px phone', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375, height: 800 });
    const svg = page.locator('#open-timeline svg[role="group"]');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
    expect(box.height).toBeGreaterThan(box.width);
    const gap = (await page.locator('#arena-gap svg[role="group"]').boundingBox())!;
    expect(gap.width).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe-core violations in the section', async () => {
    const { page, close } = await openPage('index.html');
    for (const s of await page.locator('#open-closed details.table summary').all()) await s.click();
    await page.locator('#open-timeline [data-event="deepseek-r1"]').focus();
    expect(await axeCheck(page, '#open-closed')).toEqual([]);
    await close();
  });
});
