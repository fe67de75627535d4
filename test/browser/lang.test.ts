/**
 * Chinese words on the English pages carry their language (WCAG 3.1.2, issue 9 §6): no run
 * of CJK characters may sit outside an element whose lang is Chinese. Checked in the live
 * document with every <details> open and each smile mark's detail panel shown in turn.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, closeBrowser } from '../support/browser';

afterAll(closeBrowser);

/**
 * Text in `scope` (a selector; every match) with CJK characters outside a zh lang, as
 * "where: text", hidden blocks included (they show when their mark is in focus). `skip`
 * excludes subtrees (e.g. build-time blocks owned elsewhere).
 */
async function untagged(page: Page, scope: string, skip = ''): Promise<string[]> {
  return page.evaluate(
    ({ scope, skip }) => {
      const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/;
      const where = (el: Element) => {
        const parts: string[] = [];
        for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
          const prose = e.getAttribute('data-prose');
          parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (prose ? `[data-prose="${prose}"]` : ''));
          if (e.id) break;
        }
        return parts.join(' > ');
      };
      const out = new Set<string>();
      for (const root of document.querySelectorAll(scope)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          const el = n.parentElement!;
          if (!CJK.test(text) || (skip && el.closest(skip)) || el.closest('script, style, noscript')) continue;
          if ((el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('zh')) continue;
          out.add(`${where(el)}: ${text.trim().slice(0, 60)}`);
        }
      }
      return [...out];
    },
    { scope, skip },
  );
}

async function openEverything(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/** Show each smile mark's detail panel in turn (both metrics), collecting what `check` finds. */
async function eachSmileMark(page: Page, check: () => Promise<string[]>): Promise<string[]> {
  const found = new Set<string>();
  const smile = page.locator('#smile');
  for (const metric of ['Operating margin', 'Gross margin']) {
    await smile.getByRole('radio', { name: metric }).check();
    const marks = smile.locator('[data-mark]');
    const n = await marks.count();
    for (let i = 0; i < n; i++) {
      await marks.nth(i).focus();
      for (const x of await check()) found.add(x);
    }
  }
  return [...found];
}

describe('Chinese text on the English pages carries lang', () => {
  it('the source citations and the smile chart’s detail panel (what the charts render)', async () => {
    const { page, errors, close } = await openPage('index.html');
    await openEverything(page);
    // Every citation (publisher, linked title): the anchor followed by its date, and the words before it.
    const citations = await page.evaluate(() => {
      let i = 0;
      for (const a of document.querySelectorAll('a[rel="noopener noreferrer"]')) {
        if (a.nextElementSibling?.tagName !== 'TIME') continue;
        a.parentElement!.setAttribute('data-citation', String(i++));
      }
      return i;
    });
    expect(citations).toBeGreaterThan(40);
    const cite = '[data-citation]';
    const notQuotes = 'blockquote, [data-prose] [data-prose]';
    expect(await untagged(page, cite, notQuotes)).toEqual([]);
    // The smile chart's own panel, mark by mark (the company notes in it are build-time blocks).
    const panel = await eachSmileMark(page, () => untagged(page, '#smile .detail', '[data-prose]'));
    expect(panel).toEqual([]);
    // Chinese does appear there: Perplexity's source is a Chinese translation.
    await page.locator('#smile [data-mark="perplexity"]').focus();
    expect(await page.locator('#smile .detail [lang="zh-Hans"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  for (const path of ['index.html', 'embed/calculator.html', 'embed/smile.html', 'embed/open-closed.html']) {
    it(`${path}: no Chinese outside a zh lang anywhere in the document`, async () => {
      const { page, close } = await openPage(path);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await openEverything(page);
      const found = new Set(await untagged(page, 'body'));
      if (await page.locator('#smile [data-mark]').count()) for (const x of await eachSmileMark(page, () => untagged(page, '#smile'))) found.add(x);
      expect([...found]).toEqual([]);
      await close();
    });
  }
});
