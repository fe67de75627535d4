/**
 * The built Chinese pages name their sources' publishers in Chinese (issue 11): no English
 * connecting words ("via", "archived on GitHub", "read in the … copy") and, on the Simplified
 * pages, no Traditional "網易財經". Quoted sources (<blockquote>, <q>) and source titles keep
 * their own words; this looks at the rest of the text and the accessible names.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const DIST = process.env.DIST_DIR ?? 'dist';
const pages = [
  'index.zh-Hans.html',
  'index.zh-Hant.html',
  ...(existsSync(`${DIST}/embed`) ? readdirSync(`${DIST}/embed`).filter((f) => /\.zh-Han[st]\.html$/.test(f)).map((f) => `embed/${f}`) : []),
];

const ENGLISH = /\b(?:via|archived on|scraped by|read in the|copy of|republished by|translated by|citing|summarising|reporting)\b/g;

/** The page's words outside quotes and <cite> titles, and its accessible names. */
function words(html: string): string {
  const body = html.replace(/<(script|style|blockquote|q|cite|template)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const names = [...body.matchAll(/\s(?:aria-label|title)="([^"]*)"/g)].map((m) => m[1]);
  return [body.replace(/<[^>]+>/g, ' '), ...names].join('\n');
}

describe('publishers on the built Chinese pages', () => {
  it('the pages exist (both stories and the Chinese embeds)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it('the check finds what the issue found', () => {
    expect(words('<a href="x">NVIDIA via MENAFN</a><blockquote>quoted via</blockquote>').match(ENGLISH)).toEqual(['via']);
  });

  for (const page of pages) {
    it(`${page}: no English connecting words in publishers${page.includes('Hans') ? ', no Traditional 網易財經' : ''}`, () => {
      const text = words(readFileSync(`${DIST}/${page}`, 'utf8'));
      const found = [...text.matchAll(ENGLISH)].map((m) => text.slice(Math.max(0, m.index! - 30), m.index! + 30).replace(/\s+/g, ' '));
      expect(found).toEqual([]);
      if (page.includes('zh-Hans')) expect(text).not.toContain('網易財經');
    });
  }
});
