/**
 * axe-core over the whole document of every page (not only the sections): the story in both
 * languages and each embed, in light and dark, by the system setting and by ?theme=; once as
 * the page opens and once with every <details> open (tables, sources, share and embed).
 * Any violation fails, whatever its impact.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';
import { EMBED_CHART_NAMES } from '../../src/lib/embed/registry';

afterAll(closeBrowser);

const PAGES = [
  'index.html',
  'index.zh-Hans.html',
  // Every chart's embed, in English and Simplified Chinese.
  ...EMBED_CHART_NAMES.flatMap((c) => [`embed/${c}.html`, `embed/${c}.zh-Hans.html`]),
  'embed/open-closed.html',
];
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}
const describeViolations = (v: Violation[]) => v.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.targets.join(' | ')}`);

describe('axe-core over the whole document', () => {
  for (const path of PAGES) {
    for (const colorScheme of SCHEMES) {
      it(`${path}, ${colorScheme}: no violation as the page opens, nor with every <details> open`, async () => {
        const { page, close } = await openPage(path, { colorScheme });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        const opened = describeViolations(await axeCheck(page, 'html'));
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const allOpen = describeViolations(await axeCheck(page, 'html'));
        expect({ opened, allOpen }).toEqual({ opened: [], allOpen: [] });
        await close();
      });
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`index.html?theme=${theme} against the other system setting: no violation`, async () => {
      const { page, close } = await openPage(`index.html?theme=${theme}`, { colorScheme: theme === 'dark' ? 'light' : 'dark' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(describeViolations(await axeCheck(page, 'html'))).toEqual([]);
      await close();
    });
  }

  it('the kicker reads at 4.5:1 or more in both themes', async () => {
    for (const colorScheme of SCHEMES) {
      const { page, close } = await openPage('index.html', { colorScheme });
      const ratio = await page.locator('.kicker').evaluate((el) => {
        const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) =>
          [r!, g!, b!].map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
        const fg = lum(rgb(getComputedStyle(el).color));
        const bg = lum(rgb(getComputedStyle(document.documentElement).backgroundColor));
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      });
      expect(ratio, colorScheme).toBeGreaterThanOrEqual(4.5);
      await close();
    }
  });
});
