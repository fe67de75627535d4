import { describe, it, expect, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { openPage, closeBrowser } from '../support/browser';

afterAll(closeBrowser);

const DIST = process.env.DIST_DIR ?? 'dist';
const pages = [
  ...readdirSync(DIST).filter((f) => f.endsWith('.html')),
  ...readdirSync(`${DIST}/embed`).filter((f) => f.endsWith('.html')).map((f) => `embed/${f}`),
];

describe('Content-Security-Policy', () => {
  it('every built page carries the strict policy, first in its head, with no unsafe-inline', () => {
    for (const path of pages) {
      const html = readFileSync(`${DIST}/${path}`, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, path).toBeDefined();
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).toMatch(/style-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe/);
      expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'));
      // No inline style attribute or element anywhere in the prerendered page (the embed code
      // in a textarea is text, not markup).
      const markup = html.replace(/<textarea[^>]*>[^]*?<\/textarea>/g, '');
      expect(markup.match(/\sstyle="[^"]*"/g) ?? [], path).toEqual([]);
      expect(html, path).not.toMatch(/<style[\s>]/);
    }
  });

  for (const path of pages) {
    it(`${path} raises no violation, awake and at rest, in both themes`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, close } = await openPage(path, { colorScheme, islands: 'none' });
        await page.addInitScript(() => {
          (window as unknown as { violations: string[] }).violations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
          );
        });
        await page.reload({ waitUntil: 'load' });
        await page.waitForFunction(() => document.documentElement.classList.contains('js'));
        const { wakeIslands } = await import('../support/browser');
        await wakeIslands(page);
        // Use what the islands add at run time: a metric switch, a filter, a slider.
        for (const radio of await page.getByRole('radio').all()) if (await radio.isVisible()) await radio.check({ force: true }).catch(() => {});
        const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
        expect(violations, `${path} ${colorScheme}`).toEqual([]);
        await close();
      }
    });
  }
});
