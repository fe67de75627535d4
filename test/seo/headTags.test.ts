/** The head tags search engines and link previews read (src/build/prerender.ts). */
import { describe, it, expect } from 'vitest';
import { headTags, siteUrl, shareImage, OG_LOCALE } from '../../src/build/prerender';
import { LOCALES } from '../../src/lib/i18n/types';

const page = { title: 'AI 大模型公司靠什麼賺錢？', description: '一份 "可互動" 的解讀', head: '' };
const SITE = 'https://example.org/ai-economics/';
const attrs = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m.slice(1));

describe('siteUrl (SITE_URL)', () => {
  it('is null when unset or blank, and always ends in one slash', () => {
    expect(siteUrl(undefined)).toBeNull();
    expect(siteUrl('  ')).toBeNull();
    expect(siteUrl('https://example.org/ai-economics')).toBe(SITE);
    expect(siteUrl('https://example.org/ai-economics/?x=1#y')).toBe(SITE);
    expect(siteUrl('https://example.org')).toBe('https://example.org/');
  });

  it('refuses anything but an http(s) address', () => {
    expect(() => siteUrl('javascript:alert(1)')).toThrow(/http/);
    expect(() => siteUrl('not a url')).toThrow();
  });
});

describe('headTags', () => {
  it('gives a story page an absolute canonical, hreflang for each language plus x-default, and og:*', () => {
    const html = headTags('zh-Hant', null, page, LOCALES, SITE);
    expect(attrs(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${SITE}index.zh-Hant.html`]]);
    expect(attrs(html, /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)).toEqual([
      ['en', `${SITE}index.html`],
      ['zh-Hans', `${SITE}index.zh-Hans.html`],
      ['zh-Hant', `${SITE}index.zh-Hant.html`],
      ['x-default', `${SITE}index.html`],
    ]);
    expect(html).toContain(`<meta property="og:url" content="${SITE}index.zh-Hant.html" />`);
    expect(html).toContain('<meta property="og:locale" content="zh_TW" />');
    expect(attrs(html, /og:locale:alternate" content="([^"]+)"/g).flat()).toEqual(['en_US', 'zh_CN']);
    expect(html).toContain(`<meta property="og:image" content="${SITE}share.zh-Hant.png" />`);
    expect(html).toContain('<meta property="og:title" content="AI 大模型公司靠什麼賺錢？" />');
    expect(html).toContain('content="一份 &quot;可互動&quot; 的解讀"');
    expect(html).not.toContain('noindex');
  });

  it('points an embed to its story page in the same language, with no alternates, and noindex', () => {
    const html = headTags('zh-Hans', 'smile', page, LOCALES, SITE);
    expect(attrs(html, /<link rel="canonical" href="([^"]+)"/g)).toEqual([[`${SITE}index.zh-Hans.html`]]);
    expect(html).toContain(`<meta property="og:url" content="${SITE}index.zh-Hans.html" />`);
    expect(html).not.toContain('hreflang');
    expect(html).toContain('<meta name="robots" content="noindex" />');
  });

  it('without SITE_URL leaves out the tags that need an absolute address', () => {
    const story = headTags('en', null, page, LOCALES, null);
    expect(story).not.toMatch(/rel="canonical"|hreflang|og:url/);
    expect(story).toContain('<meta property="og:image" content="share.en.png" />');
    expect(story).toContain('<meta property="og:locale" content="en_US" />');
    const embed = headTags('en', 'calculator', page, LOCALES, null);
    expect(embed).toContain('<meta property="og:image" content="../share.en.png" />');
    expect(embed).toContain('noindex');
  });

  it('has a share image and an Open Graph locale for every language', () => {
    for (const l of LOCALES) {
      expect(shareImage(l)).toBe(`share.${l}.png`);
      expect(OG_LOCALE[l]).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    }
  });
});
