/** The second half of the story in real Chromium: static sections, no sideways scroll at 375 px, axe clean in both languages and themes. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';

afterAll(closeBrowser);

const SECTIONS = ['race', 'ads', 'subscriptions', 'conclusion'];

describe('race, ads, subscriptions and conclusion in Chromium', () => {
  for (const path of ['index.html', 'index.zh-Hans.html']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path}, ${colorScheme}: render at 375 px without sideways scroll, axe clean`, async () => {
        const { page, errors, close } = await openPage(path, { width: 375, height: 800, colorScheme });
        for (const id of SECTIONS) {
          const section = page.locator(`#${id}`);
          await section.scrollIntoViewIfNeeded();
          expect(await section.isVisible(), id).toBe(true);
          // Nothing in the section reaches past the viewport; the wide race table scrolls in its own box.
          const overflow = await section.evaluate((el) => {
            const out: string[] = [];
            for (const child of el.querySelectorAll('*')) {
              if (child.closest('.story-scroll') && !child.classList.contains('story-scroll')) continue;
              const r = child.getBoundingClientRect();
              if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1)) out.push(`${child.tagName}.${child.getAttribute('class') ?? ''}`);
            }
            return out;
          });
          expect(overflow, id).toEqual([]);
          const violations = await axeCheck(page, `#${id}`);
          expect(violations, `${id} ${JSON.stringify(violations)}`).toEqual([]);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        // The table of contents reaches each section.
        for (const id of SECTIONS) expect(await page.locator(`.intro nav a[href="#${id}"]`).count(), id).toBe(1);
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it('the race table scrolls inside its own box at 375 px, and its source links open the article', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375 });
    const box = page.locator('#race .story-scroll');
    const [client, scroll] = await box.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(scroll).toBeGreaterThan(client);
    expect(await page.locator('#race tr[data-player="moonshot"] a').getAttribute('href')).toBe('https://www.163.com/money/article/JQRNU5TU00258105.html');
    expect(errors).toEqual([]);
    await close();
  });
});
