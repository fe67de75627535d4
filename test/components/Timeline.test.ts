import { describe, it, expect, beforeAll } from 'vitest';
import { render as serverRender } from 'svelte/server';
import { prepare, renderWithIslands } from '../../src/ssr';
import Timeline from '../../src/charts/Timeline.svelte';
import OpenClosedSection from '../../src/sections/OpenClosedSection.svelte';
import type { Locale } from '../../src/lib/i18n/types';
import { ui } from '../../src/lib/state/ui.svelte';
import { EVENTS } from '../../src/lib/data/openClosed';
import { withoutSvelteMarks } from '../support/stableHtml';
import { provideProse } from '../../src/lib/prose';
import { renderProse } from '../../src/prose/blocks';
import { countPerBand } from '../support/bands';

ui.locale = 'en';
beforeAll(async () => {
  await prepare();
  provideProse(renderProse());
});

function stable(html: string): string {
  return withoutSvelteMarks(html)
    .replace(/(\d)\.\d+(?=(px|,|\s|"|\)|L|C|M|Z|H|V|A))/g, '$1')
    .replace(/></g, '>\n<');
}

describe('Timeline (server render)', () => {
  it('matches the file snapshot at the default width', async () => {
    const { body } = serverRender(Timeline, { props: {} });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    const n = EVENTS.length;
    expect(countPerBand(body, /data-event=/)).toEqual({ narrow: n, mid: n, wide: n });
    // A mark names its event briefly; the full text is in the event's build-time detail block.
    expect(body).toContain('aria-label="DeepSeek-R1 (Open weights), 20 Jan 2025"');
    // The details are not in the chart's own HTML: the section keeps them as templates.
    expect(body).not.toContain('data-prose="event/');
    expect(body).toContain('DeepSeek-R1');
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/Timeline.html');
  });

  it('writes the range of the expanded scale with its year once, where each language reads it', () => {
    const said = (locale: Locale) => {
      ui.locale = locale;
      try {
        return /<p class="dense-note[^"]*">([^<]*)<\/p>/.exec(serverRender(Timeline, { props: {} }).body)?.[1];
      } finally {
        ui.locale = 'en';
      }
    };
    expect(said('en')).toBe('Expanded scale: 20 Jan – 6 Mar 2025');
    expect(said('zh-Hans')).toBe('放大显示：2025年1月20日 – 3月6日');
  });

  it('renders the whole section with both charts and the fact check', () => {
    const { body } = renderWithIslands(OpenClosedSection);
    expect(body).toContain('id="open-closed"');
    expect(body).toContain('id="open-timeline"');
    expect(body).toContain('id="arena-gap"');
    // Each event's detail is an inert template outside the island, cloned when its mark is in focus.
    expect(body.match(/<template data-template="event\//g)?.length).toBe(EVENTS.length);
    expect(body).toContain('DeepSeek releases R1 and six distilled models, code and weights under MIT');
    expect(body.match(/data-check=/g)?.length).toBe(5);
    // The words are in the HTML: narrative, the built table with a row per event, sources with quotes.
    expect(body.match(/<tr data-type=/g)?.length).toBe(EVENTS.length);
    expect(body).toContain('on the wrong side of history');
    expect(body).toContain('href="./data/open-timeline.csv" download');
    expect(body).not.toContain('<!--prose-->');
    expect(body).not.toMatch(/NaN|undefined|\bTK\b/);
  });
});
