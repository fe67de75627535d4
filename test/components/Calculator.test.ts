// @vitest-environment jsdom
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import CalculatorSection from '../../src/sections/calculator/CalculatorIsland.svelte';
import { scenario } from '../../src/lib/state/scenario.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { loadLocale } from '../../src/lib/i18n';

const out = (name: string) => screen.getByLabelText(name, { selector: 'output' });

beforeEach(() => {
  scenario.inputs = { ...DEFAULT_INPUTS };
  ui.locale = 'en';
});

describe('the calculator', () => {
  it('shows DeepSeek’s published results at the defaults', () => {
    render(CalculatorSection);
    expect(out('Cost-profit margin')).toHaveTextContent('545%');
    expect(out('Gross margin')).toHaveTextContent('84.5%');
    expect(out('Daily cost')).toHaveTextContent('$87,072');
    expect(out('Theoretical revenue')).toHaveTextContent('$561,975');
  });

  it('moving a slider updates the results', async () => {
    render(CalculatorSection);
    const slider = screen.getByRole('slider', { name: 'GPU rental price ($ per GPU-hour)' });
    await fireEvent.input(slider, { target: { value: '4' } });
    flushSync();
    expect(out('Daily cost')).toHaveTextContent('$174,144');
    expect(slider).toHaveAttribute('aria-valuetext', '4 dollars per GPU-hour');
  });

  it('typing in a number field updates the results, and out-of-range values are clamped with a message', async () => {
    render(CalculatorSection);
    const field = screen.getByRole('textbox', { name: /Free traffic \(% of tokens that earn nothing\), exact value/ });
    await fireEvent.input(field, { target: { value: '50' } });
    flushSync();
    expect(out('Daily revenue')).toHaveTextContent('$280,988');
    await fireEvent.input(field, { target: { value: '250' } });
    await fireEvent.change(field, { target: { value: '250' } });
    flushSync();
    expect(field).toHaveValue('100');
    expect(screen.getByText(/Out of range: set to 100 \(allowed 0 to 100\)/)).toBeInTheDocument();
    expect(out('Gross margin')).toHaveTextContent('—');
    expect(screen.getByText('not defined: the revenue is zero')).toBeInTheDocument();
  });

  it('refuses a non-number and an empty field, keeping the last good value', async () => {
    render(CalculatorSection);
    const field = screen.getByRole('textbox', { name: /GPU rental price.*exact value/ });
    await fireEvent.change(field, { target: { value: 'abc' } });
    flushSync();
    expect(screen.getByText('Not a number: kept 2.')).toBeInTheDocument();
    expect(field).toHaveValue('2');
    await fireEvent.change(field, { target: { value: '' } });
    flushSync();
    expect(screen.getByText('Empty: kept 2.')).toBeInTheDocument();
    expect(out('Daily cost')).toHaveTextContent('$87,072');
  });

  it('zero cost shows a dash and a reason, never Infinity', async () => {
    render(CalculatorSection);
    await fireEvent.input(screen.getByRole('slider', { name: /GPU rental price/ }), { target: { value: '0' } });
    flushSync();
    expect(out('Cost-profit margin')).toHaveTextContent('—');
    expect(screen.getByText('not defined: the cost is zero')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('a preset sets the sliders visibly', async () => {
    render(CalculatorSection);
    await fireEvent.click(screen.getByRole('button', { name: 'All caveats' }));
    flushSync();
    expect(screen.getByRole('slider', { name: /V3 traffic/ })).toHaveValue('50');
    expect(screen.getByRole('slider', { name: /Free traffic/ })).toHaveValue('50');
    expect(screen.getByRole('checkbox', { name: /Apply the off-peak discounts/ })).toBeChecked();
    expect(screen.getByRole('button', { name: 'All caveats' })).toHaveAttribute('aria-pressed', 'true');
    expect(out('Cost-profit margin')).not.toHaveTextContent('545%');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    flushSync();
    expect(out('Cost-profit margin')).toHaveTextContent('545%');
  });

  it('derive-from-traffic mode shows about 226.9 nodes', async () => {
    render(CalculatorSection);
    await fireEvent.click(screen.getByRole('radio', { name: /Derive nodes from traffic/ }));
    flushSync();
    expect(out('Serving nodes')).toHaveTextContent('226.86');
    expect(screen.getByText(/95\.5 nodes for prefill \+ 131\.4 for decode = 226\.9 nodes/)).toBeInTheDocument();
  });

  it('announces the new results once, after the reader stops moving a control', async () => {
    vi.useFakeTimers();
    try {
      render(CalculatorSection);
      const live = screen.getByText('', { selector: 'p[aria-live="polite"]' });
      const slider = screen.getByRole('slider', { name: /Free traffic/ });
      for (const v of ['10', '20', '30']) await fireEvent.input(slider, { target: { value: v } });
      flushSync();
      expect(live).toHaveTextContent('');
      await vi.advanceTimersByTimeAsync(800);
      expect(live).toHaveTextContent('Results updated: cost-profit margin 352%, gross margin 77.9%, daily profit $306,311.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders in Chinese with 万 units', async () => {
    await loadLocale('zh-Hans');
    ui.locale = 'zh-Hans';
    render(CalculatorSection);
    expect(out('成本利润率')).toHaveTextContent('545%');
    expect(out('每日成本')).toHaveTextContent('8.7072万美元');
  });
});
