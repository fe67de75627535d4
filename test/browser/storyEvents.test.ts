/**
 * The dated-events tables (.story-events, What happened next and Ads) keep Latin words whole on
 * a phone, in each language: "DeepSeek", "MoonshotAI", "lmarena.ai", "V3.2" or "OpenAI’s" never
 * end one line and start the next (lines may break at spaces, hyphens, slashes and beside
 * Chinese characters). On a phone every date takes two lines, its year apart ("29 Apr" | "2025",
 * "2025年" | "4月29日"); on a wide screen one. The tables still fit the page (pageWidth.test.ts).
 * A failure shows where the word was cut: "DeepS|eek".
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from '../support/browser';

const STORY = ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html'];
/** Phones, where dates take two lines, and a laptop, where they take one. */
const WIDTHS = [320, 375, 1200];

afterAll(closeBrowser);

describe('dated-events tables keep words whole', () => {
  it.each(STORY.flatMap((p) => WIDTHS.map((w) => [p, w] as const)))('%s at %i px', async (path, width) => {
    const { page, close } = await openPage(path, { width, height: 800 });
    try {
      const found = await page.evaluate(() => {
        /** The text of `el` with a way back from an offset in it to its text node. */
        function textOf(el: Element) {
          const nodes: { node: Text; start: number }[] = [];
          let text = '';
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            nodes.push({ node: n, start: text.length });
            text += n.data;
          }
          const at = (offset: number, end = false): [Text, number] => {
            // The end of a span belongs to the node it ends in, not to the one after it.
            let hit = nodes[0]!;
            for (const n of nodes) if (end ? n.start < offset : n.start <= offset) hit = n;
            const { node, start } = hit;
            return [node, offset - start];
          };
          const range = (from: number, to: number) => {
            const r = document.createRange();
            r.setStart(...at(from));
            r.setEnd(...at(to, true));
            return r;
          };
          return { text, range };
        }
        /** The top of each line box that a span of text sits on (rects on one line overlap). */
        function lines(r: Range) {
          const tops: { top: number; bottom: number }[] = [];
          for (const b of r.getClientRects()) {
            if (b.width === 0) continue;
            if (!tops.some((l) => b.top < l.bottom - 1 && b.bottom > l.top + 1)) tops.push({ top: b.top, bottom: b.bottom });
          }
          return tops;
        }
        /** `word` with a bar where it goes on to the next line: "DeepS|eek". */
        function cut(range: (a: number, b: number) => Range, start: number, word: string) {
          let out = '';
          let top: number | null = null;
          for (let i = 0; i < word.length; i++) {
            const t: number | null = range(start + i, start + i + 1).getClientRects()[0]?.top ?? top;
            if (top !== null && t !== null && Math.abs(t - top) > 2) out += '|';
            out += word[i];
            top = t;
          }
          return out;
        }
        const out: string[] = [];
        // A Latin word: letters and digits, joined by an apostrophe or a dot ("OpenAI’s", "V3.2", "lmarena.ai").
        const WORD = /[\p{Script=Latin}\p{Nd}]+(?:['’.][\p{Script=Latin}\p{Nd}]+)*/gu;
        const tables = [...document.querySelectorAll('table.story-events')];
        out.push(`tables: ${tables.length}`);
        for (const table of tables) {
          for (const cell of table.querySelectorAll('caption, th, td')) {
            const { text, range } = textOf(cell);
            for (const m of text.matchAll(WORD)) {
              if (lines(range(m.index, m.index + m[0].length)).length > 1) {
                out.push(`${cell.tagName.toLowerCase()} “${text.trim().slice(0, 50)}”: ${cut(range, m.index, m[0])}`);
              }
            }
          }
          // Each piece of a date ("29 Apr", "2025"; "2025年", "4月29日") on one line.
          for (const piece of table.querySelectorAll('.event-date > *')) {
            const r = document.createRange();
            r.selectNodeContents(piece);
            if (lines(r).length > 1) out.push(`date “${piece.parentElement?.textContent}”: “${piece.textContent}” wraps`);
          }
          for (const time of table.querySelectorAll('tbody time')) {
            const r = document.createRange();
            r.selectNodeContents(time);
            // Two lines below a 30rem (480 px) column (story.css), one above.
            const want = innerWidth < 500 ? Math.max(1, time.children.length) : 1;
            if (lines(r).length !== want) out.push(`date “${time.textContent}” takes ${lines(r).length} lines, not ${want}`);
          }
        }
        return out;
      });
      const [count, ...split] = found;
      expect(count, path).toBe('tables: 2');
      expect(split, `${path} at ${width} px: words cut across lines\n  ${split.join('\n  ')}`).toEqual([]);
    } finally {
      await close();
    }
  });
});
