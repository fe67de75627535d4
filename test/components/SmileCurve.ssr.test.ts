import { describe, it, expect, beforeAll } from 'vitest';
import { render as serverRender } from 'svelte/server';
import { prepare, renderWithIslands } from '../../src/ssr';
import SmileCurve from '../../src/charts/SmileCurve.svelte';
import SmileSection from '../../src/sections/SmileSection.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { withoutSvelteMarks } from '../support/stableHtml';
import { provideProse } from '../../src/lib/prose';
import { renderProse } from '../../src/prose/blocks';

ui.locale = 'en';
beforeAll(async () => {
  await prepare();
  provideProse(renderProse());
});

/** Round every decimal number so the snapshot is stable across tiny layout changes. */
function stable(html: string): string {
  return withoutSvelteMarks(html)
    .replace(/(\d)\.\d+(?=(px|,|\s|"|\)|L|C|M|Z))/g, '$1')
    .replace(/></g, '>\n<');
}

describe('SmileCurve (server render)', () => {
  it('matches the operating-margin snapshot', async () => {
    const { body } = serverRender(SmileCurve, { props: { metric: 'operating', showIdea: true } });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/SmileCurve.html');
  });
  it('matches the gross-margin snapshot, with DeepSeek apart', async () => {
    const { body } = serverRender(SmileCurve, { props: { metric: 'gross', showIdea: false } });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(body).toContain('data-mark="deepseek"');
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/SmileCurve-gross.html');
  });
  it('matches the latest-period snapshot: no DeepSeek column, the missing listed, the idea as a sketch off the axis', async () => {
    const { body } = serverRender(SmileCurve, { props: { metric: 'operating', period: 'latest', showIdea: true } });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(body).not.toContain('data-mark="deepseek"');
    expect(body).not.toContain('apart-rule');
    expect(body).toContain('data-mark="google-cloud"');
    expect(body).toContain('no comparable figure found for');
    expect(body).toContain('DeepSeek has published no margin since March 2025');
    // The idea is its own small figure, not a path inside the chart's plot.
    expect(body).toMatch(/<figure class="idea[^"]*">/);
    expect(body.split('role="group"')[1]!.split('</svg>')[0]).not.toContain('class="idea');
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/SmileCurve-latest.html');
  });
  it('renders the whole section on the server', () => {
    const { body } = renderWithIslands(SmileSection);
    expect(body).toContain('id="smile"');
    expect(body).toContain('38.5');
    expect(body).toContain('Stan Shih');
    expect(body).toContain('<blockquote>'); // the sources, with their quotes
    expect(body).not.toContain('<!--prose-->');
    expect(body).not.toMatch(/NaN|undefined|TK/);
  });
});

