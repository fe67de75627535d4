/** The open- vs closed-weights section in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';
import { EVENTS } from '../../src/lib/data/openClosed';

afterAll(closeBrowser);

const focused = (page: import('playwright-core').Page, attr: string) =>
  page.evaluate((a) => document.activeElement?.getAttribute(a) ?? '', attr);

describe('open vs closed section in Chromium', () => {
  it('filter chips change the visible marks', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#open-closed');
    await section.scrollIntoViewIfNeeded();
    const marks = section.locator('#open-timeline [data-event]');
    await expect.poll(() => marks.count()).toBe(EVENTS.length);
    const closedChip = section.getByRole('button', { name: 'Closed model', exact: true });
    expect(await closedChip.getAttribute('aria-pressed')).toBe('true');
    await closedChip.click();
    expect(await closedChip.getAttribute('aria-pressed')).toBe('false');
    const closedCount = EVENTS.filter((e) => e.type === 'closed').length;
    await expect.poll(() => marks.count()).toBe(EVENTS.length - closedCount);
    expect(await section.locator('#open-timeline [data-event][data-type="closed"]').count()).toBe(0);
    // The table alternative (built HTML) follows the chips too.
    await section.locator('#open-timeline details.table summary').click();
    const rows = section.locator('#open-timeline table tbody tr');
    await expect.poll(() => rows.filter({ visible: true }).count()).toBe(EVENTS.length - closedCount);
    await closedChip.click();
    await expect.poll(() => marks.count()).toBe(EVENTS.length);
    await expect.poll(() => rows.filter({ visible: true }).count()).toBe(EVENTS.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('keyboard navigation reaches every event, each with a name and a sourced detail', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#open-closed');
    const first = section.locator('#open-timeline [data-event][tabindex="0"]');
    await first.focus();
    const seen = [await focused(page, 'data-event')];
    for (let i = 1; i < EVENTS.length; i++) {
      await page.keyboard.press('ArrowRight');
      seen.push(await focused(page, 'data-event'));
    }
    expect(seen).toEqual(EVENTS.map((e) => e.id));
    expect(await focused(page, 'aria-label')).toBe('DeepSeek-V4 (Open weights), 24 Apr 2026');
    // The focused event's details (a build-time block) are the only ones shown, with the source, its quote and its kind.
    const shown = section.locator('#open-timeline .detail [data-prose]:visible');
    await expect.poll(() => shown.count()).toBe(1);
    expect(await shown.innerText()).toMatch(/DeepSeek releases V4 Pro and Flash as open weights under MIT \(reported\)[^]*Licence\s+MIT[^]*MIT-licensed weights/);
    expect(await shown.locator('a').getAttribute('href')).toBe('https://thedailyscout.com/s/YepWnLrqNKk');
    // Back to gpt-oss (2025), a company's own repository.
    for (let i = 0; i < EVENTS.length - 1 - EVENTS.findIndex((e) => e.id === 'gpt-oss'); i++) await page.keyboard.press('ArrowLeft');
    expect(await focused(page, 'aria-label')).toBe('gpt-oss (Open weights), 5 Aug 2025');
    await expect.poll(() => shown.innerText()).toMatch(/Permissive Apache 2\.0 license/);
    expect(await section.locator('#open-timeline .detail').innerText()).not.toContain('Focus, hover or tap');
    await page.keyboard.press('Home');
    expect(await focused(page, 'data-event')).toBe(EVENTS[0]!.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('links each chart to its CSV file, built with the page', async () => {
    const { page, errors, close } = await openPage('index.zh-Hans.html');
    for (const id of ['open-timeline', 'arena-gap']) {
      const link = page.locator(`#${id} a[download]`);
      expect(await link.getAttribute('href')).toBe(`./data/${id}.zh-Hans.csv`);
      const text = await page.evaluate(async (href) => (await fetch(href)).text(), (await link.getAttribute('href'))!);
      expect(text.split('\n').length).toBeGreaterThan(12);
      if (id === 'open-timeline') expect(text).toContain('DeepSeek 发布 R1');
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('the gap chart announces values and switches to percent', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#open-closed');
    const month = section.locator('#arena-gap [data-month="2025-01"]');
    await month.focus();
    const live = section.locator('#arena-gap [aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/DeepSeek-R1 .*1,358; gap 24 points, 1\.77%/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toMatch(/^Feb 2025/);
    await section.getByRole('radio', { name: 'Gap in percent' }).check();
    await expect.poll(() => section.locator('#arena-gap .gap-line').count()).toBe(1);
    expect(await section.locator('#arena-gap .ref').count()).toBe(2);
    expect(errors).toEqual([]);
    await close();
  });

  it('turns vertical and stays inside a 375 px phone', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375, height: 800 });
    const svg = page.locator('#open-timeline svg[role="group"]');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
    expect(box.height).toBeGreaterThan(box.width);
    const gap = (await page.locator('#arena-gap svg[role="group"]').boundingBox())!;
    expect(gap.width).toBeLessThanOrEqual(375);
    expect(errors).toEqual([]);
    await close();
  });

  // The screenshot defects, measured on the rendered text: overlapping or missing timeline
  // labels, mixed axis date formats, gap-chart notes drawn across the lines or a guide line, and
  // the detail panel pushing the notes down. Every page width of issue 11, every language.
  for (const path of ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html'] as const)
    for (const width of [320, 375, 600, 700, 768, 1280] as const)
      it(`${path} at ${width}px: every timeline label shown and apart, one date format, gap notes off lines and guides`, async () => {
        const { page, errors, close } = await openPage(path, { width, height: 900 });
        await page.locator('#arena-gap').scrollIntoViewIfNeeded();
        expect(await page.locator('#open-timeline line.tick + text').count()).toBeGreaterThan(5);
        // Every event has its label on the chart (the issue named DeepSeek-V2, MiniMax-01, Wan 2.1).
        await expect.poll(() => page.locator('#open-timeline text.label').count()).toBe(EVENTS.length);
        expect(await page.locator('#arena-gap text.note').count()).toBeGreaterThanOrEqual(3);
        const problems = await page.evaluate((lang) => {
          type R = { left: number; right: number; top: number; bottom: number };
          const out: string[] = [];
          const hit = (a: R, b: R) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          const svg = document.querySelector('#open-timeline svg[role="group"]')!.getBoundingClientRect();
          for (const sel of ['line.tick + text', 'text.label']) {
            const boxes = [...document.querySelectorAll<SVGTextElement>(`#open-timeline ${sel}`)].map((t) => [t.textContent, t.getBoundingClientRect()] as const);
            for (const [i, [text, b]] of boxes.entries()) {
              if (b.left < svg.left - 0.5 || b.right > svg.right + 0.5) out.push(`${text} outside the timeline`);
              for (const [other, c] of boxes.slice(i + 1)) if (hit(b, c)) out.push(`${text} overlaps ${other}`);
            }
          }
          // Leaders run through no label.
          const labels = [...document.querySelectorAll<SVGTextElement>('#open-timeline text.label')].map((t) => [t.textContent, t.getBoundingClientRect()] as const);
          for (const l of document.querySelectorAll<SVGLineElement>('#open-timeline line.leader')) {
            const r = l.getBoundingClientRect();
            if (r.width > 1.5) continue; // phones' slanted leaders end at their own label
            // (Text widths are estimated in the layout: a leader may graze a label's last 2 px, never run through it.)
            for (const [text, b] of labels)
              if (r.left > b.left + 2 && r.left < b.right - 2 && r.top < b.bottom - 1 && r.bottom > b.top + 1) out.push(`a leader runs through ${text} (${(r.left - b.left).toFixed(1)} of ${b.width.toFixed(1)} px)`);
          }
          // One date format on both time axes.
          const month = lang === 'en' ? /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/ : /^\d{4}年\d{1,2}月$/;
          for (const t of document.querySelectorAll('#open-timeline line.tick + text, #arena-gap text.tick'))
            if (!month.test(t.textContent ?? '')) out.push(`axis label "${t.textContent}" is not in the one format`);
          const ticks = [...document.querySelectorAll<SVGTextElement>('#arena-gap text.tick')].map((t) => [t.textContent, t.getBoundingClientRect()] as const);
          for (const [i, [text, b]] of ticks.entries()) for (const [other, c] of ticks.slice(i + 1)) if (hit(b, c)) out.push(`${text} overlaps ${other}`);
          const notes = [...document.querySelectorAll<SVGTextElement>('#arena-gap text.note')];
          for (const [i, note] of notes.entries()) {
            const b = note.getBoundingClientRect();
            for (const other of notes.slice(i + 1)) if (hit(b, other.getBoundingClientRect())) out.push(`${note.textContent} overlaps ${other.textContent}`);
            for (const line of document.querySelectorAll<SVGPathElement>('#arena-gap path.line')) {
              const m = line.getScreenCTM()!;
              for (let d = 0; d <= line.getTotalLength(); d += 2) {
                const p = line.getPointAtLength(d);
                const x = m.a * p.x + m.c * p.y + m.e;
                const y = m.b * p.x + m.d * p.y + m.f;
                if (x > b.left && x < b.right && y > b.top && y < b.bottom) {
                  out.push(`${note.textContent} crosses ${line.getAttribute('class')}`);
                  break;
                }
              }
            }
          }
          // No guide line (Epoch's date, the 7 Feb line, another note's leader) through a note.
          const guides = [...document.querySelectorAll<SVGLineElement>('#arena-gap line.epoch, #arena-gap line.full, #arena-gap line.leader')];
          for (const note of notes) {
            const b = note.getBoundingClientRect();
            const own = note.previousElementSibling?.matches('line.leader') ? note.previousElementSibling : null;
            for (const g of guides) {
              if (g === own) continue;
              const r = g.getBoundingClientRect();
              if (r.left > b.left + 0.5 && r.left < b.right - 0.5 && r.top < b.bottom - 1 && r.bottom > b.top + 1) out.push(`${g.getAttribute('class')} line through ${note.textContent}`);
            }
          }
          return out;
        }, path === 'index.html' ? 'en' : 'zh');
        expect(problems).toEqual([]);
        // The detail panel keeps its height whichever event is shown, so the notes below never move.
        const notesTop = () => page.evaluate(() => document.querySelector('#open-timeline .detail')!.getBoundingClientRect().height);
        const before = await notesTop();
        const heights: number[] = [];
        for (const e of EVENTS) {
          await page.locator(`#open-timeline [data-event="${e.id}"]`).focus();
          heights.push(await notesTop());
        }
        expect(Math.max(...heights), `reserved ${before}px, tallest ${Math.max(...heights)}px`).toBeLessThanOrEqual(before + 0.5);
        expect(errors).toEqual([]);
        await close();
      });

  it('has no axe-core violations in the section', async () => {
    for (const [path, colorScheme] of [['index.html', 'light'], ['index.zh-Hans.html', 'dark']] as const) {
      const { page, close } = await openPage(path, { colorScheme });
      for (const s of await page.locator('#open-closed details.table summary').all()) await s.click();
      await page.locator('#open-timeline [data-event="deepseek-r1"]').focus();
      const violations = await axeCheck(page, '#open-closed');
      expect(violations, `${path} ${colorScheme}: ${JSON.stringify(violations)}`).toEqual([]);
      await close();
    }
  }, 150_000);
});
