import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import MarginWaterfall from '../../src/charts/MarginWaterfall.svelte';
import DayProfile from '../../src/charts/DayProfile.svelte';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { ui } from '../../src/lib/state/ui.svelte';
import { withoutSvelteMarks } from '../support/stableHtml';
import { countPerBand } from '../support/bands';

/** Strip Svelte's hydration comments and scoped-class hashes, round long decimals. */
function tidy(html: string): string {
  return withoutSvelteMarks(html)
    .replace(/(\d+\.\d{2})\d+/g, '$1')
    .replace(/></g, '>\n<');
}

describe('charts render on the server', () => {
  ui.locale = 'en';

  it('the waterfall for DeepSeek’s claim', async () => {
    const { body } = render(MarginWaterfall, { props: { result: computeDay(DEFAULT_INPUTS) } });
    expect(body).toContain('Theoretical (all at R1 prices)');
    expect(body).not.toMatch(/NaN|Infinity|undefined/);
    await expect(tidy(body)).toMatchFileSnapshot('./__snapshots__/MarginWaterfall.claim.html');
  });

  it('the waterfall for a loss-making day', async () => {
    const { body } = render(MarginWaterfall, {
      props: { result: computeDay({ ...DEFAULT_INPUTS, freePct: 95, gpuHourPrice: 4 }) },
    });
    expect(body).toContain('shortfall');
    expect(body).toMatch(/Loss \$/);
    await expect(tidy(body)).toMatchFileSnapshot('./__snapshots__/MarginWaterfall.loss.html');
  });

  it('the 24-hour profile', async () => {
    const { body } = render(DayProfile, { props: { gpusPerNode: 8, gpuHourPrice: 2 } });
    expect(body).toContain('Average 226.75 nodes');
    expect(countPerBand(body, /class="income/)).toEqual({ narrow: 24, mid: 24, wide: 24 });
    await expect(tidy(body)).toMatchFileSnapshot('./__snapshots__/DayProfile.html');
  });
});
