/**
 * Nothing is wider than a 320 px phone: on every story page and every embed, in each language,
 * the document does not scroll sideways once every island has woken (a table too wide for a
 * phone scrolls inside its own box, which is allowed). A failure names the elements that stick
 * out, outermost first, so the culprit is in the message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, openPage } from '../support/browser';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const STORY = ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html'];
const EMBEDS = readdirSync(`${DIST}/embed`)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => `embed/${f}`);

afterAll(closeBrowser);

/** The document's widths and the elements past its right (or left) edge that no scroll box holds. */
function measure(page: Page) {
  return page.evaluate(() => {
    const de = document.documentElement;
    const vw = de.clientWidth;
    const outside = (r: DOMRect) => r.right > vw + 0.5 || r.left < -0.5;
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
    };
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if ((r.width === 0 && r.height === 0) || !outside(r)) continue;
      // Held by a scroll (or clipping) box that itself fits: the page does not widen.
      let held = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && !outside(a.getBoundingClientRect())) {
          held = true;
          break;
        }
      }
      // Only the outermost offender of a subtree: its children say nothing new.
      if (held || (el.parentElement && offenders.length && el.parentElement.closest('[data-too-wide]'))) continue;
      el.setAttribute('data-too-wide', '');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      offenders.push(`${name(el)} [${Math.round(r.left)}–${Math.round(r.right)} px] “${text}”`);
    }
    return { scrollWidth: de.scrollWidth, clientWidth: vw, offenders };
  });
}

async function check(path: string, colorScheme: 'light' | 'dark') {
  const { page, close } = await openPage(path, { width: 320, height: 700, colorScheme });
  try {
    // The calculator's sticky bar shows while its inputs are in view: bring them there.
    await page.evaluate(() => document.querySelector('[data-skip-controls]')?.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await measure(page);
    const message = `${path} (${colorScheme}) is ${m.scrollWidth} px wide at ${m.clientWidth} px; too wide:\n  ${m.offenders.join('\n  ') || '(no element found: a pseudo-element or a margin?)'}`;
    expect(m.scrollWidth, message).toBeLessThanOrEqual(m.clientWidth);
  } finally {
    await close();
  }
}

describe('no sideways scroll at 320 px', () => {
  it('the build has an embed page per chart and language to check', () => {
    expect(EMBEDS.length).toBeGreaterThanOrEqual(21);
    for (const lang of ['', '.zh-Hans', '.zh-Hant']) expect(EMBEDS).toContain(`embed/smile${lang}.html`);
  });
  it.each(STORY.flatMap((p) => [[p, 'light'], [p, 'dark']] as const))('%s (%s)', check);
  it.each(EMBEDS.map((p) => [p, 'light'] as const))('%s (%s)', check);
});
