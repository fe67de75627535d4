import { describe, it, expect, afterEach } from 'vitest';
import { KEEP, proseHtml, provideProse, withoutMarkers } from '../../src/lib/prose';
import { pageName } from '../../src/lib/embed/registry';
import { prepare, renderPage, csvFiles, LOCALES, EMBED_SECTIONS } from '../../src/ssr';

afterEach(() => provideProse(null));

describe('build-time blocks (src/lib/prose.ts)', () => {
  it('gives the client a placeholder that hydration keeps, and the server each block’s HTML', () => {
    expect(proseHtml('anything')).toBe(KEEP);
    expect(KEEP.trim()).not.toBe(''); // an empty {@html} value would not claim the server's nodes
    provideProse(new Map([['a', '<p>A</p>']]));
    expect(proseHtml('a')).toBe('<p>A</p>');
    expect(() => proseHtml('missing')).toThrow(/Unknown prose block "missing"/);
  });

  it('strips every comment (Svelte markers included), since an {@html} block ends at the first empty one', () => {
    expect(withoutMarkers('<!--[--><p>x<!----></p><!--]--><!--prose-->')).toBe('<p>x</p>');
    expect(withoutMarkers('<p>a --> b</p>')).toBe('<p>a --> b</p>');
  });

  it('names each language’s page and embed', () => {
    expect(pageName('en')).toBe('index.html');
    expect(pageName('zh-Hans')).toBe('index.zh-Hans.html');
    expect(pageName('zh-Hans', 'smile')).toBe('smile.zh-Hans.html');
  });

  it('renders every page of the build with every block filled, in both languages', async () => {
    await prepare();
    for (const locale of LOCALES) {
      for (const embed of [null, ...EMBED_SECTIONS]) {
        const { body } = renderPage(locale, embed);
        expect(body, `${locale} ${embed}`).not.toContain(KEEP);
        expect(body, `${locale} ${embed}`).not.toMatch(/NaN|undefined|Infinity/);
        // The story has its essays; an embed, its chart's notes (and CSV link) only.
        expect(body.match(/data-prose=/g)?.length ?? 0, `${locale} ${embed}`).toBeGreaterThan(embed ? 0 : 2);
      }
      for (const file of csvFiles(locale)) expect(file.text.split('\r\n').length, file.path).toBeGreaterThan(12);
    }
    // After a page, the client view returns: no block is left provided.
    expect(proseHtml('intro')).toBe(KEEP);
  }, 60_000); // every page of the build, rendered: seconds on a busy machine
});
