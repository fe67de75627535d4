/** The embed pages as the build renders them: one chart's frame each, nothing of the story around it. */
import { describe, it, expect, beforeAll } from 'vitest';
import { prepare, renderPage, LOCALES } from '../../src/ssr';
import { EMBED_CHARTS, EMBED_CHART_NAMES } from '../../src/lib/embed/registry';
import { messages, fill } from '../../src/lib/i18n';

beforeAll(prepare);

const FIGURES = EMBED_CHART_NAMES.map((c) => EMBED_CHARTS[c].figure);
/** Words that point at other parts of the story, which an embed has not got ("above 100M users" is a quantity; "the table above" is the embed's own first table). */
const ELSEWHERE = {
  en: /\b((?<!the table )above(?! [\d$¥])|below the chart|the calculator above|the article|(in|change|from) the calculator)\b|see the (section|story)/i,
  'zh-Hans': /上方|(?<!上)下文|上文|原文自身|见上|见下|计算器里|计算器中/,
  'zh-Hant': /上方|(?<!上)下文|上文|原文自身|見上|見下|計算器裡|計算器中/,
} as const;

describe('embed pages', () => {
  it.each(LOCALES)('hold one chart’s frame with its notes, a source line and “from:” the story, and no essay (%s)', (locale) => {
    const t = messages(locale).common;
    for (const chart of EMBED_CHART_NAMES) {
      const { figure } = EMBED_CHARTS[chart];
      const { body } = renderPage(locale, chart);
      const label = `${locale} ${chart}`;
      expect(body, label).toMatch(new RegExp(`<figure class="frame[^"]* alone" id="${figure}"`));
      for (const other of FIGURES.filter((f) => f !== figure)) expect(body, `${label} has ${other}`).not.toContain(`id="${other}"`);
      // Build-time blocks: the chart's own only (no lead, method, essays or fact checks).
      const blocks = [...body.matchAll(/data-prose="([^"]+)"/g)].map((m) => m[1]!);
      for (const b of blocks) expect(b.startsWith(`${figure}/`), `${label}: ${b}`).toBe(true);
      expect(body, label).not.toMatch(/<section id=|<aside|class="[^"]*(factcheck|fact-check|check)[^"]*"/);
      // The source line shows, the full list is on the story, a link away; then "from:".
      expect(body, label).toMatch(/<p class="source-line" data-source-line="">[^<]+<\/p>/);
      expect(body, label).toContain(`#${figure}" target="_blank" rel="noopener">${t.frame.allSources}`);
      expect(body, label).toContain(fill(t.frame.from, { title: t.site.title }).replace(/'/g, '&#39;').slice(0, 8));
      expect(body, label).toMatch(/<h2 id="[^"]+-title" class="title[^"]*">/);
      // The frame's notes speak for themselves.
      const notes = new RegExp(`data-prose="${figure}/notes">([^]*?)data-source-line`).exec(body)?.[1] ?? '';
      expect(notes.length, label).toBeGreaterThan(20);
      expect(notes, label).not.toMatch(ELSEWHERE[locale]);
      // Nor does anything else in the embed: the chart's own captions, legend and detail lines.
      const text = body.replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
      expect(text, label).not.toMatch(ELSEWHERE[locale]);
    }
  });

  it('the story keeps the full source lists, with the source line hidden (the image download draws it)', () => {
    const { body } = renderPage('en');
    expect(body).toMatch(/<p class="source-line" data-source-line="" hidden/);
    expect(body).toContain('class="sources"');
    expect(body).toContain('id="day-profile"');
    expect(body).not.toMatch(/class="frame[^"]* alone"/);
  });

  it('the old section addresses hold their section’s charts, frame-only', () => {
    const { body } = renderPage('en', 'open-closed');
    expect(body).toContain('id="open-timeline"');
    expect(body).toContain('id="arena-gap"');
    expect(body).not.toContain('data-prose="open-closed/intro"');
  });
});
