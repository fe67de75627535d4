import { describe, it, expect, afterAll } from 'vitest';
import { openPage, closeBrowser } from '../support/browser';

afterAll(closeBrowser);

/**
 * Issue 8: the story's later sections skip layout and paint until they near the viewport
 * (content-visibility: auto). These tests check that this costs the reader nothing: links to a
 * section land on it, the words stay findable, and the page does not shift as they draw.
 */
describe('sections drawn when they come near', () => {
  it('every section after the first skips rendering while far away; the first does not', async () => {
    const { page, errors, close } = await openPage('index.html', { islands: 'none', width: 412, height: 823 });
    const cv = await page.evaluate(() => [...document.querySelectorAll('main > section')].map((s) => [s.id, getComputedStyle(s).contentVisibility]));
    expect(cv.length).toBeGreaterThan(5);
    expect(cv[0]![1]).toBe('visible');
    for (const [id, value] of cv.slice(1)) expect(value, id).toBe('auto');
    expect(errors).toEqual([]);
    await close();
  });

  for (const [lang, page] of [['en', 'index.html'], ['zh-Hans', 'index.zh-Hans.html']] as const) {
    it(`a link to a far section lands on its heading (${lang}, 375 px)`, async () => {
      const { page: p, errors, close } = await openPage(`${page}#what-next`, { islands: 'none', width: 375, height: 800 });
      await p.waitForTimeout(300);
      const top = await p.evaluate(() => document.getElementById('what-next')!.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThanOrEqual(2);
      // Its words are in the document and visible, not left as an empty placeholder.
      await expect.poll(() => p.getByRole('heading', { level: 2, name: /what happened next|后来发生了什么|此后/i }).first().isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('scrolling the whole story from top to bottom shifts nothing in view (CLS 0)', async () => {
    const { page, errors, close } = await openPage('index.html', { islands: 'none', width: 412, height: 823 });
    await page.evaluate(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }).observe({ type: 'layout-shift' });
    });
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
        scrollTo(0, y);
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      }
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await close();
  });
});
