/** Over the built site: the second half's sections are in both language pages, their quotes and words in none of the JavaScript. */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { raceSources } from '../../src/lib/data/race';
import { subscriptionSources } from '../../src/lib/data/subscriptions';
import { adSources } from '../../src/lib/data/ads';
import { whatNextSources } from '../../src/lib/data/whatNext';
import { EDITION } from '../../src/lib/data/edition';
import { story as en } from '../../src/lib/i18n/en/storyProse';
import { story as zh } from '../../src/lib/i18n/zh-Hans/storyProse';

const DIST = process.env.DIST_DIR ?? 'dist';
const read = (f: string) => readFileSync(`${DIST}/${f}`, 'utf8');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('built dist/: the second half of the story', () => {
  const js = readdirSync(`${DIST}/assets`).filter((f) => f.endsWith('.js')).map((f) => read(`assets/${f}`)).join('\n');
  const pages = [[en, read('index.html')], [zh, read('index.zh-Hans.html')]] as const;

  it('has the five sections in each language’s page, in order', () => {
    for (const [words, html] of pages) {
      let last = html.indexOf('<section id="open-closed"');
      for (const id of ['race', 'ads', 'subscriptions', 'conclusion', 'whatNext'] as const) {
        const at = html.indexOf(`<section id="${id === 'whatNext' ? 'what-next' : id}"`);
        expect(at, id).toBeGreaterThan(last);
        last = at;
        expect(html).toContain(escape(words[id].heading));
      }
    }
  });

  it('sends every quote and the narrative in the HTML only, never in the JavaScript', () => {
    const en = pages[0][1];
    for (const s of [...raceSources(), ...subscriptionSources(), ...adSources(), ...whatNextSources()]) {
      expect(en.includes(escape(s.quote)) || en.includes(s.quote), s.id).toBe(true);
      expect(js.includes(s.quote.slice(0, 40)), s.id).toBe(false);
      expect(js.includes(`"${s.url}"`), s.url).toBe(false);
    }
    for (const [words, html] of pages) {
      for (const text of [words.race.lead, words.ads.p3, words.subscriptions.p3, words.conclusion.unknown, words.conclusion.factcheck.window, words.whatNext.lead, words.whatNext.unknown]) {
        expect(html).toContain(escape(text).slice(0, 40));
        expect(js.includes(text.slice(0, 40)), text).toBe(false);
      }
    }
  });

  it('opens every language’s page (Traditional too) with 545%, the dates and the section on what happened next, before any script runs', () => {
    for (const f of ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html']) {
      const html = read(f);
      const intro = html.slice(html.indexOf('<header class="intro"'), html.indexOf('</header>', html.indexOf('<header class="intro"')));
      expect(intro, f).toMatch(/class="result-number">545%</);
      expect(intro, f).toContain(`datetime="${EDITION.published}"`);
      expect(intro, f).toContain(`datetime="${EDITION.updated}"`);
      expect(intro, f).toMatch(/<svg class="result-chart"[^>]*role="img"/);
      const at = html.indexOf('<section id="what-next"');
      expect(at, f).toBeGreaterThan(html.indexOf('<section id="conclusion"'));
      const section = html.slice(at, html.indexOf('</section>', at));
      for (const s of whatNextSources()) expect(section, `${f} ${s.id}`).toContain(`href="${s.url}"`);
      expect(section, f).not.toMatch(/NaN|undefined|\{\w+\}/);
    }
  });

  it('ships the CSV files the sections link to', () => {
    for (const f of ['race-players-2025.csv', 'deepseek-users-2025-02.csv', 'openai-revenue-loss-projections.csv']) {
      expect(read(`data/${f}`).split('\n').length, f).toBeGreaterThan(3);
      expect(read('index.html')).toContain(`href="./data/${f}"`);
    }
  });
});
