/**
 * Tables wider than a phone (issue 11, item 7): each scrolls sideways inside its own box, and
 * that box says so and can be reached: a visible cue (an edge shadow where more table lies
 * beyond: CSS, so also without JavaScript), a focusable region with a name, and the arrow keys
 * scroll it. Story pages in three languages at 320 and 375 px, and one embed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, closeBrowser } from '../support/browser';

afterAll(closeBrowser);

interface Box {
  what: string;
  wide: boolean;
  focusable: boolean;
  name: string;
  cue: boolean;
}

/** Every table-scroll box on the page, with its data tables opened first. */
function boxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details.table')) d.open = true;
    return [...document.querySelectorAll<HTMLElement>('.table-scroll, .story-scroll')].map((el) => {
      const style = getComputedStyle(el);
      const labelled = el.getAttribute('aria-labelledby');
      const name = (el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : '') ?? '').trim();
      return {
        what: el.closest('[id]')?.id ?? el.className,
        wide: el.scrollWidth > el.clientWidth + 1,
        focusable: el.tabIndex === 0 && el.getAttribute('role') === 'region',
        name,
        cue: /radial-gradient/.test(style.backgroundImage) && style.backgroundAttachment.includes('local') && style.overflowX === 'auto',
      };
    });
  });
}

const PAGES = [
  ['en', 'index.html'],
  ['zh-Hans', 'index.zh-Hans.html'],
  ['zh-Hant', 'index.zh-Hant.html'],
] as const;

describe('wide tables on phones', () => {
  for (const [lang, path] of PAGES) {
    for (const width of [320, 375]) {
      it(`${lang} at ${width} px: every table box that scrolls has a cue, a name and a place in the tab order`, async () => {
        const { page, errors, close } = await openPage(path, { width, height: 800 });
        try {
          const all = await boxes(page);
          const wide = all.filter((b) => b.wide);
          // The race table and the serving-costs table are wider than a phone (so this can fail).
          expect(wide.map((b) => b.what)).toEqual(expect.arrayContaining(['race', 'serving-costs']));
          expect(wide.filter((b) => !b.cue).map((b) => b.what)).toEqual([]);
          expect(wide.filter((b) => !b.focusable).map((b) => b.what)).toEqual([]);
          expect(wide.filter((b) => b.name.length < 3).map((b) => b.what)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }

  it('the arrow keys scroll a focused wide table (en, 375 px)', async () => {
    const { page, close } = await openPage('index.html', { width: 375, height: 800 });
    try {
      const box = page.getByRole('region', { name: /model makers/ }).first();
      await box.focus();
      expect(await box.evaluate((el) => el.scrollLeft)).toBe(0);
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('without JavaScript the cue is there too (zh-Hans, 375 px)', async () => {
    const { page, close } = await openPage('index.zh-Hans.html', { width: 375, height: 800, javaScriptEnabled: false });
    try {
      const wide = (await boxes(page)).filter((b) => b.wide);
      expect(wide.length).toBeGreaterThanOrEqual(2);
      expect(wide.filter((b) => !b.cue || !b.focusable).map((b) => b.what)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('an embed’s data table is a named, focusable region (calculator, 320 px)', async () => {
    const { page, close } = await openPage('embed/calculator.html', { width: 320, height: 900 });
    try {
      const all = await boxes(page);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((b) => !b.focusable || !b.cue).map((b) => b.what)).toEqual([]);
      expect(all.every((b) => /^Data table: /.test(b.name))).toBe(true);
    } finally {
      await close();
    }
  });
});
