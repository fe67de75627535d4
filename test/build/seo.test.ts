/**
 * Over the built site: what search engines and link previews read in each page's head. A
 * build with SITE_URL (npm test builds with an example address) has absolute canonical,
 * hreflang and og:url links; one without leaves them out, and this checks that too.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../src/lib/i18n/types';
import { EMBED_SECTIONS } from '../../src/lib/embed/registry';
import { pageFile, OG_LOCALE, shareImage, siteUrl } from '../../src/build/prerender';
import { common as en } from '../../src/lib/i18n/en/common';
import { common as hans } from '../../src/lib/i18n/zh-Hans/common';
import { common as hant } from '../../src/lib/i18n/zh-Hant/common';

const DIST = process.env.DIST_DIR ?? 'dist';
const read = (f: string) => readFileSync(`${DIST}/${f}`, 'utf8');
const head = (f: string) => /<head>([^]*?)<\/head>/.exec(read(f))![1]!;
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
const meta = (h: string, property: string) => [...h.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, 'g'))].map((m) => unescape(m[1]!));
const links = (h: string, rel: string) => [...h.matchAll(new RegExp(`<link rel="${rel}"(?: hreflang="([^"]+)")? href="([^"]+)"`, 'g'))].map((m) => [m[1], m[2]]);

const TITLES: Record<Locale, string> = { en: en.site.title, 'zh-Hans': hans.site.title, 'zh-Hant': hant.site.title };

/** The site address the build used: from its English story's canonical, or null when it had none. */
const canonical = links(head('index.html'), 'canonical')[0]?.[1];
const site = canonical ? canonical.replace(/index\.html$/, '') : null;

const pages = LOCALES.flatMap((locale) => [null, ...EMBED_SECTIONS].map((embed) => ({ locale, embed, file: pageFile(locale, embed) })));

describe(`page heads (${site ? `built with SITE_URL ${site}` : 'built without SITE_URL'})`, () => {
  it('covers a story and every embed in each of the three languages', () => {
    expect(pages).toHaveLength(3 * (1 + EMBED_SECTIONS.length));
    for (const p of pages) expect(existsSync(`${DIST}/${p.file}`), p.file).toBe(true);
  });

  it('uses the address given as SITE_URL, when the tests are told it', () => {
    if (process.env.SITE_URL) expect(site).toBe(siteUrl(process.env.SITE_URL));
    if (site) expect(site).toMatch(/^https?:\/\/[^/]+\/(.*\/)?$/);
  });

  it.each(pages)('$file: lang, title, description and og:* are its language’s', ({ locale, embed, file }) => {
    const html = read(file);
    const h = head(file);
    expect(html).toMatch(new RegExp(`<html lang="${locale}">`));
    expect(h).toContain(`<title>${TITLES[locale]}</title>`);
    expect(meta(h, 'og:title')).toEqual([TITLES[locale]]);
    expect(meta(h, 'description')).toHaveLength(1);
    expect(meta(h, 'og:description')).toEqual(meta(h, 'description'));
    expect(meta(h, 'og:type')).toEqual(['article']);
    expect(meta(h, 'og:locale')).toEqual([OG_LOCALE[locale]]);
    expect(meta(h, 'og:locale:alternate').sort()).toEqual(LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]).sort());
    expect(meta(h, 'og:image')).toEqual([site ? `${site}${shareImage(locale)}` : `${embed ? '../' : ''}${shareImage(locale)}`]);
    expect(meta(h, 'og:image:alt')).toEqual([TITLES[locale]]);
    expect(existsSync(`${DIST}/${shareImage(locale)}`)).toBe(true);
    expect(meta(h, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(h, 'robots')).toEqual(embed ? ['noindex'] : []);
  });

  it.each(pages)('$file: canonical, og:url and hreflang', ({ locale, embed, file }) => {
    const h = head(file);
    if (!site) {
      expect(links(h, 'canonical')).toEqual([]);
      expect(links(h, 'alternate')).toEqual([]);
      expect(meta(h, 'og:url')).toEqual([]);
      return;
    }
    // An embed's canonical is its story page, in the same language.
    const story = `${site}${pageFile(locale, null)}`;
    expect(links(h, 'canonical')).toEqual([[undefined, story]]);
    expect(meta(h, 'og:url')).toEqual([story]);
    expect(links(h, 'alternate')).toEqual(
      embed
        ? []
        : [...LOCALES.map((l) => [l, `${site}${pageFile(l, null)}`]), ['x-default', `${site}index.html`]],
    );
  });
});
