import { describe, it, expect } from 'vitest';
import { render as serverRender } from 'svelte/server';
import Timeline from '../../src/charts/Timeline.svelte';
import OpenClosedSection from '../../src/sections/OpenClosedSection.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { EVENTS } from '../../src/lib/data/openClosed';
import { withoutSvelteMarks } from '../support/stableHtml';

ui.locale = 'en';

function stable(html: string): string {
  return withoutSvelteMarks(html)
    .replace(/(\d)\.\d+(?=(px|,|\s|"|\)|L|C|M|Z|H|V|A))/g, '$1')
    .replace(/></g, '>\n<');
}

describe('Timeline (server render)', () => {
  it('matches the file snapshot at the default width', async () => {
    const { body } = serverRender(Timeline, { props: {} });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(body.match(/data-event=/g)?.length).toBe(EVENTS.length);
    expect(body).toContain('20 Jan 2025, DeepSeek releases R1 and six distilled models, code and weights under MIT: Open weights');
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/Timeline.html');
  });

  it('renders the whole section with both charts and the fact check', () => {
    const { body } = serverRender(OpenClosedSection);
    expect(body).toContain('id="open-closed"');
    expect(body).toContain('id="open-timeline"');
    expect(body).toContain('id="arena-gap"');
    expect(body.match(/data-check=/g)?.length).toBe(5);
    expect(body).not.toMatch(/NaN|undefined|\bTK\b/);
  });
});
