import { describe, it, expect } from 'vitest';
import { render as serverRender } from 'svelte/server';
import GapChart from '../../src/charts/GapChart.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { withoutSvelteMarks } from '../support/stableHtml';
import { countPerBand } from '../support/bands';

ui.locale = 'en';

function stable(html: string): string {
  return withoutSvelteMarks(html)
    .replace(/(\d)\.\d+(?=(px|,|\s|"|\)|L|C|M|Z|H|V|A|l))/g, '$1')
    .replace(/></g, '>\n<');
}

describe('GapChart (server render)', () => {
  it('matches the points snapshot', async () => {
    const { body } = serverRender(GapChart, { props: { mode: 'points' } });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    // 15 archived months and 10 of the second series, drawn after a break.
    // Drawn once per width band, each drawing complete.
    expect(countPerBand(body, /data-month=/)).toEqual({ narrow: 25, mid: 25, wide: 25 });
    expect(body).toMatch(/class="break\b/);
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/GapChart.html');
  });
  it('matches the percent snapshot, with the AI Index references', async () => {
    const { body } = serverRender(GapChart, { props: { mode: 'percent' } });
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(body).toContain('AI Index');
    await expect(stable(body)).toMatchFileSnapshot('./__snapshots__/GapChart-percent.html');
  });
});
