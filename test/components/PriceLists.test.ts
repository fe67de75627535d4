// @vitest-environment jsdom
import { describe, it, expect, beforeEach } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import MarginTimeFigure from '../../src/sections/calculator/MarginTimeFigure.svelte';
import CalculatorIsland from '../../src/sections/calculator/CalculatorIsland.svelte';
import { scenario } from '../../src/lib/state/scenario.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { encode } from '../../src/lib/state/url';

const out = (name: string) => screen.getByLabelText(name, { selector: 'output' });

beforeEach(() => {
  scenario.inputs = { ...DEFAULT_INPUTS };
  ui.locale = 'en';
});

describe('the price-list selector', () => {
  it('is a labelled radio group with the Feb-2025 list chosen, each list with its source a link away', () => {
    render(CalculatorIsland);
    const group = screen.getByRole('group', { name: 'DeepSeek’s price list' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect(within(group).getByRole('radio', { name: /Feb 2025: R1 and V3/ })).toBeChecked();
    const links = within(group).getAllByRole('link', { name: /Source of this list/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#source-deepseek-pricing',
      '#source-deepseek-pricing-2025-09',
      '#source-deepseek-pricing-v32',
      '#source-deepseek-pricing-v4',
      '#source-deepseek-pricing-v4',
      '#source-deepseek-pricing-peak',
    ]);
    // Every published digit: V4-Pro's cache hit is $0.003625.
    expect(within(group).getByText(/cache hit 0\.003625/)).toBeInTheDocument();
  });

  it('choosing 29 Sep 2025 re-prices the day: the price sliders follow, 77.5% instead of 545%', async () => {
    render(CalculatorIsland);
    await fireEvent.click(screen.getByRole('radio', { name: /29 Sep 2025/ }));
    flushSync();
    expect(screen.getByRole('slider', { name: 'R1 output ($ per million tokens)' })).toHaveValue('0.42');
    expect(screen.getByRole('slider', { name: 'R1 input, cache hit ($ per million tokens)' })).toHaveValue('0.028');
    // 342,304 × 0.028 + 265,696 × 0.28 + 168,000 × 0.42 = $154,539; (154,539 − 87,072) ÷ 87,072 = 77.5%
    expect(out('Cost-profit margin')).toHaveTextContent('77%');
    expect(out('Theoretical revenue')).toHaveTextContent('$154,539');
    expect(screen.getByText(/This list has no night discount/)).toBeInTheDocument();
    expect(encode(scenario.inputs)).toBe('?list=v32');
  });

  it('choosing 16 Aug 2026 prices the day at the peak/off-peak blend and says how: 712.8%', async () => {
    render(CalculatorIsland);
    await fireEvent.click(screen.getByRole('radio', { name: /16 Aug 2026/ }));
    flushSync();
    // off-peak × (1 + 37.27%): 0.022 → 0.0302, 0.66 → 0.905, 1.98 → 2.72 (rounded to the sliders' steps)
    expect(screen.getByRole('slider', { name: 'R1 output ($ per million tokens)' })).toHaveValue('2.72');
    expect(screen.getByRole('slider', { name: 'V3 input, cache miss ($ per million tokens)' })).toHaveValue('0.905');
    // 342,304 × 0.0302 + 265,696 × 0.905 + 168,000 × 2.72 = $707,752; (707,752 − 87,072) ÷ 87,072 = 712.8%
    expect(out('Theoretical revenue')).toHaveTextContent('$707,752');
    expect(out('Cost-profit margin')).toHaveTextContent('713%');
    const status = document.querySelector('[data-price-list-status]')!;
    expect(status).toHaveTextContent(/twice its off-peak price on weekdays 09:00–12:00 and 14:00–18:00 Beijing time/);
    expect(status).toHaveTextContent('off-peak × (1 + 37.3%)');
    expect(status).not.toHaveTextContent('Prices moved away');
    expect(encode(scenario.inputs)).toBe('?list=v4peak');
  });

  it('says when the sliders have moved away from the chosen list, and flags V4’s cost', async () => {
    render(CalculatorIsland);
    await fireEvent.click(screen.getByRole('radio', { name: /22 May 2026: V4-Pro/ }));
    flushSync();
    const status = document.querySelector('[data-price-list-status]')!;
    expect(status).toHaveTextContent(/the Feb-2025 H800 cost is not its serving cost/);
    expect(status).not.toHaveTextContent('Prices moved away');
    await fireEvent.input(screen.getByRole('slider', { name: 'R1 output ($ per million tokens)' }), { target: { value: '1' } });
    flushSync();
    expect(status).toHaveTextContent('Prices moved away from this list');
  });

  it('the margin-over-time chart has a table with both conventions for every list', () => {
    render(MarginTimeFigure);
    const table = document.querySelector('#margin-over-time table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatch(/545\.4%.*84\.5%/);
    expect(rows[2]).toMatch(/5 Sep 2025.*422\.5%.*80\.9%/);
    expect(rows[3]).toMatch(/29 Sep 2025.*77\.5%.*43\.7%/);
    expect(rows[4]).toMatch(/V4-Flash.*different model/);
    expect(rows[6]).toMatch(/16 Aug 2026.*712\.8%.*87\.7%/);
    // The chart stays on the published day whatever the sliders say.
    scenario.inputs = { ...DEFAULT_INPUTS, gpuHourPrice: 4 };
    flushSync();
    expect(document.querySelector('#margin-over-time tbody tr')!.textContent).toMatch(/545\.4%/);
  });
});

describe('the waterfall at the defaults', () => {
  it('labels the caveats "not applied" instead of $0, and says it is DeepSeek’s published case', async () => {
    render(CalculatorIsland);
    const fig = document.querySelector('#margin-waterfall')!;
    expect(fig.querySelectorAll('[data-not-applied]')).toHaveLength(3);
    expect(fig).toHaveTextContent('DeepSeek’s published case');
    expect(fig.querySelector('svg')!.getAttribute('aria-label')).toContain('V3 priced lower not applied: choose a scenario');
    const cells = [...fig.querySelectorAll('tbody tr td:first-of-type')].map((td) => td.textContent);
    expect(cells.slice(1, 4)).toEqual(['not applied: choose a scenario', 'not applied: choose a scenario', 'not applied: choose a scenario']);
    await fireEvent.click(screen.getByRole('button', { name: 'All caveats' }));
    flushSync();
    expect(fig.querySelectorAll('[data-not-applied]')).toHaveLength(0);
    expect(fig).not.toHaveTextContent('DeepSeek’s published case');
  });

  it('at another list, no caveat is still "not applied" but is no longer DeepSeek’s published case', async () => {
    render(CalculatorIsland);
    await fireEvent.click(screen.getByRole('radio', { name: /V4-Flash/ }));
    flushSync();
    const fig = document.querySelector('#margin-waterfall')!;
    expect(fig.querySelectorAll('[data-not-applied]')).toHaveLength(3);
    expect(fig).not.toHaveTextContent('DeepSeek’s published case');
  });
});

describe('the calculator path', () => {
  it('puts the results before the controls in the page (and Tab) order, with a skip link to after them', () => {
    render(CalculatorIsland);
    const results = screen.getByRole('region', { name: 'Results' });
    const skip = screen.getByRole('link', { name: 'Skip the controls' });
    const firstSlider = screen.getAllByRole('slider')[0]!;
    expect(results.compareDocumentPosition(skip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(skip.compareDocumentPosition(firstSlider) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const target = document.querySelector(skip.getAttribute('href')!)!;
    expect(target).toHaveAttribute('tabindex', '-1');
    const lastSlider = screen.getAllByRole('slider').at(-1)!;
    expect(lastSlider.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Nothing after the last input leads back up to the results.
    expect(target.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });
});
