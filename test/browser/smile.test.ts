/** The smile-curve section in real Chromium against the built site. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPage, closeBrowser, axeCheck } from '../support/browser';

afterAll(closeBrowser);

const focusedLabel = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('smile curve in Chromium', () => {
  it('tabs through every mark, each announced with company, figure, period and kind', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    await section.scrollIntoViewIfNeeded();
    const marks = section.locator('[data-mark]');
    const count = await marks.count();
    // The gross view of 2024–25 first: five companies and DeepSeek's own point.
    expect(count).toBe(6);
    await marks.first().focus();
    const seen: string[] = [await focusedLabel(page)];
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedLabel(page));
    }
    expect(seen[0]).toBe('NVIDIA, Chips: gross margin 74.6%, Q3 FY2025 (quarter to 27 Oct 2024), Filing');
    expect(seen.every((s) => /: gross margin (≈ )?−?\d+(\.\d)?%, .+, (Filing|Company claim|Press report|Estimate)/.test(s))).toBe(true);
    expect(new Set(seen).size).toBe(count);
    // The detail panel shows the focused mark's source with a link.
    await expect.poll(() => section.locator('.detail a').first().getAttribute('href')).toMatch(/^https?:\/\//);
    // … and the company's note (a build-time block), only that one.
    await marks.first().focus();
    await expect.poll(() => section.locator('.detail').innerText()).toContain('data-centre chips were 88% of revenue');
    expect(await section.locator('.detail [data-prose]:visible').count()).toBe(1);
    // Arrow keys move between marks too.
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe(await marks.nth(1).getAttribute('aria-label'));
    expect(errors).toEqual([]);
    await close();
  });

  it('switches the metric and hides the idea’s sketch', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    expect(await section.locator('[data-mark="anthropic"]').getAttribute('aria-label')).toMatch(/gross margin −94%/);
    await section.getByRole('radio', { name: 'Operating margin' }).check();
    await expect.poll(() => section.locator('[data-mark]').count()).toBe(7);
    // No DeepSeek column in the operating view: its point is a gross margin.
    expect(await section.locator('.apart-rule').count()).toBe(0);
    expect(await section.locator('[data-mark="openai"]').getAttribute('aria-label')).toMatch(/projected loss ÷ revenue ≈ −135%/);
    // The idea is a sketch of its own, outside the chart's plot.
    expect(await section.locator('svg[role="group"] .idea').count()).toBe(0);
    expect(await section.locator('.idea path').count()).toBe(1);
    await section.getByRole('checkbox', { name: /Show the idea/ }).uncheck();
    await expect.poll(() => section.locator('.idea path').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves DeepSeek’s point when a calculator slider moves', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    const point = section.locator('[data-mark="deepseek"]');
    await expect(point.getAttribute('aria-label')).resolves.toMatch(/84\.5%/);
    const before = await point.getAttribute('transform');
    const slider = page.getByRole('slider', { name: /Free traffic/ });
    await slider.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => point.getAttribute('transform')).not.toBe(before);
    await expect.poll(() => point.getAttribute('aria-label')).toMatch(/your calculator scenario/);
    expect(errors).toEqual([]);
    await close();
  });

  it('switches to the latest sourced year: its own figures, DeepSeek and the companies without a later figure listed, not carried over', async () => {
    const { page, errors, close } = await openPage('index.html');
    const section = page.locator('#smile');
    await section.getByRole('radio', { name: 'Latest (2025–26)' }).check();
    await expect.poll(() => section.locator('[data-mark]').count()).toBe(5);
    expect(await section.locator('[data-mark="deepseek"]').count()).toBe(0);
    expect(await section.locator('[data-mark="nvidia"]').getAttribute('aria-label')).toBe('NVIDIA, Chips: gross margin 74.9%, Q1 FY2027 (quarter to 26 Apr 2026), Filing');
    expect(await section.locator('[data-mark="perplexity"]').count()).toBe(0);
    const notes = await section.locator('.smile .notes').innerText();
    expect(notes).toMatch(/no comparable figure found for .*Alibaba Cloud.*Perplexity/);
    expect(notes).toContain('DeepSeek has published no margin since March 2025');
    // The takeaway speaks of the period shown.
    expect(await section.locator('.takeaway').first().innerText()).toMatch(/^A year on/);
    await section.getByRole('radio', { name: 'Operating margin' }).check();
    await expect.poll(() => section.locator('[data-mark="google-cloud"]').getAttribute('aria-label')).toBe(
      'Google Cloud, Cloud: operating margin 23.7%, 2025, Filing',
    );
    expect(await section.locator('[data-mark="openai"]').getAttribute('aria-label')).toMatch(/operating margin −181\.4%, First half of 2025, Press report/);
    // The detail panel shows the official address of a figure read through a copy.
    await section.locator('[data-mark="google-cloud"]').focus();
    await expect.poll(() => section.locator('.detail a').first().getAttribute('href')).toMatch(/^https:\/\/www\.sec\.gov\//);
    // The table holds both periods.
    await section.locator('details.table summary').first().click();
    const table = await section.locator('details.table table').innerText();
    expect(table).toContain('2024–25');
    expect(table).toContain('Latest (2025–26)');
    expect(table).toContain('Q1 FY2027 (quarter to 26 Apr 2026)');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the detail panel’s room: showing a mark never moves what follows the chart', { timeout: 120_000 }, async () => {
    for (const width of [375, 1280]) {
      const { page, errors, close } = await openPage('index.html', { width, height: 900, reducedMotion: 'reduce' });
      const section = page.locator('#smile');
      for (const period of ['2024–25', 'Latest (2025–26)'])
        for (const metric of ['Gross margin', 'Operating margin']) {
          await section.getByRole('radio', { name: period }).check();
          await section.getByRole('radio', { name: metric }).check();
          await page.mouse.move(0, 0);
          // Positions in the page (not the viewport: focusing a mark may scroll).
          const where = () =>
            page.evaluate(() =>
              ['#smile .smile .notes', '#smile details.table summary'].map((q) => document.querySelector(q)!.getBoundingClientRect().top + window.scrollY),
            );
          const before = await where();
          const marks = section.locator('[data-mark]');
          for (let i = 0; i < (await marks.count()); i++) {
            await marks.nth(i).focus();
            await expect.poll(() => section.locator('.detail strong').count()).toBe(1);
            expect(await where(), `${width} ${period} ${metric} mark ${i}`).toEqual(before);
          }
        }
      expect(errors).toEqual([]);
      await close();
    }
  });

  // The rendered labels, as Chromium draws them: no text on another text or on a mark, none
  // outside the chart, at every width, in every language, period and view (issue 11 item 6).
  for (const path of ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html'])
    for (const width of [320, 375, 768, 1280])
      it(`${path} at ${width} px: no label collides or is cut off, in both periods and both views`, async () => {
        const { page, errors, close } = await openPage(path, { width, height: 900, reducedMotion: 'reduce' });
        const section = page.locator('#smile');
        const periods = section.locator('input[name="smile-period"]');
        const metrics = section.locator('input[name="smile-metric"]');
        // Measure the island's own layout, not the prerendered drawing: wait until it has woken
        // (on a busy machine that takes longer than any fixed pause).
        await section.scrollIntoViewIfNeeded();
        await page.waitForFunction(() => {
          const islands = [...document.querySelectorAll('#smile [data-island]')];
          return islands.length > 0 && islands.every((el) => el.hasAttribute('data-hydrated'));
        });
        for (let p = 0; p < 2; p++)
          for (let m = 0; m < 2; m++) {
            await periods.nth(p).check();
            await metrics.nth(m).check();
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const problems = await page.evaluate(() => {
              const out: string[] = [];
              const svg = document.querySelector('#smile svg[role="group"]')!;
              const frame = document.querySelector('#smile .smile')!.getBoundingClientRect();
              const texts = [...svg.querySelectorAll('text')].map((t) => [t.textContent ?? '', t.getBoundingClientRect()] as const);
              const shapes = [...svg.querySelectorAll('[data-mark] .shape')].map((e) => [e.closest('[data-mark]')!.getAttribute('data-mark'), e.getBoundingClientRect()] as const);
              const hit = (a: DOMRect, b: DOMRect, pad: number) => a.left < b.right - pad && b.left < a.right - pad && a.top < b.bottom - pad && b.top < a.bottom - pad;
              for (const [i, [text, b]] of texts.entries()) {
                if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5) out.push(`${text} cut off`);
                for (const [other, c] of texts.slice(i + 1)) if (hit(b, c, 0.5)) out.push(`${text} on ${other}`);
                for (const [id, c] of shapes) if (hit(b, c, 1)) out.push(`${text} on the mark of ${id}`);
              }
              return out;
            });
            expect(problems, `${path} ${width}px period ${p} metric ${m}`).toEqual([]);
            expect(await section.locator('.labels text').count()).toBeGreaterThanOrEqual(3);
          }
        // The section never scrolls sideways (its wide table scrolls in its own box).
        const widths = await page.evaluate(() => {
          const s = document.querySelector('#smile')!;
          return { section: s.scrollWidth, client: s.clientWidth };
        });
        expect(widths.section).toBeLessThanOrEqual(widths.client);
        expect(errors).toEqual([]);
        await close();
      });

  it('stays legible on a 375 px phone, with no overflow', async () => {
    const { page, errors, close } = await openPage('index.html', { width: 375, height: 800 });
    const svg = page.locator('#smile svg[role="group"]');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
    expect(await page.locator('#smile .labels text').count()).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await close();
  });

  for (const [path, colorScheme] of [['index.html', 'light'], ['index.zh-Hans.html', 'dark'], ['index.zh-Hant.html', 'light']] as const)
    it(`${path}, ${colorScheme}: no axe-core violations in the section, in both periods`, async () => {
      const { page, close } = await openPage(path, { colorScheme });
      await page.locator('#smile details.table summary').first().click();
      for (const p of [0, 1]) {
        await page.locator('#smile input[name="smile-period"]').nth(p).check();
        await page.locator('#smile [data-mark]').first().focus();
        const violations = await axeCheck(page, '#smile');
        expect(violations, `${path} ${colorScheme} period ${p}: ${JSON.stringify(violations)}`).toEqual([]);
      }
      await close();
    }, 120_000);
});
