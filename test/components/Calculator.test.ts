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
    expect(screen.getByText('Not a decimal number: kept 2.')).toBeInTheDocument();
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

  it('Enter on an out-of-range value clamps it and keeps the message through the change event that follows', async () => {
    render(CalculatorSection);
    const field = screen.getByRole('textbox', { name: /Average serving nodes.*exact value/ });
    await fireEvent.input(field, { target: { value: '1e9' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    // The browser then fires change with the value the field now shows.
    await fireEvent.change(field);
    flushSync();
    expect(field).toHaveValue('2000');
    expect(screen.getByText('Out of range: set to 2,000 (allowed 0 to 2,000).')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Tab instead of Enter: the same message.
    const gpn = screen.getByRole('textbox', { name: /GPUs per node.*exact value/ });
    await fireEvent.input(gpn, { target: { value: '99' } });
    await fireEvent.change(gpn);
    flushSync();
    expect(screen.getByText('Out of range: set to 16 (allowed 1 to 16).')).toBeInTheDocument();
  });

  it('refuses hex and binary literals and ambiguous commas in a field, and reads thousands and full-width digits', async () => {
    render(CalculatorSection);
    const gpn = screen.getByRole('textbox', { name: /GPUs per node.*exact value/ });
    await fireEvent.input(gpn, { target: { value: '0x10' } });
    await fireEvent.change(gpn);
    flushSync();
    expect(gpn).toHaveValue('8');
    expect(screen.getByText('Not a decimal number: kept 8.')).toBeInTheDocument();

    const nodes = screen.getByRole('textbox', { name: /Average serving nodes.*exact value/ });
    await fireEvent.input(nodes, { target: { value: '1,5' } });
    await fireEvent.change(nodes);
    flushSync();
    expect(nodes).toHaveValue('226.75');
    expect(screen.getByText(/A comma is ambiguous here .*: kept 226\.75\./)).toBeInTheDocument();
    expect(out('Daily cost')).toHaveTextContent('$87,072');

    await fireEvent.input(nodes, { target: { value: '1,000' } });
    await fireEvent.change(nodes);
    flushSync();
    expect(nodes).toHaveValue('1000');
    expect(scenario.inputs.nodes).toBe(1000);

    const inB = screen.getByRole('textbox', { name: /Input tokens.*exact value/ });
    await fireEvent.input(inB, { target: { value: '６０８' } });
    await fireEvent.change(inB);
    flushSync();
    expect(inB).toHaveValue('608');
    expect(scenario.inputs.inputB).toBe(608);

    const gpu = screen.getByRole('textbox', { name: /GPU rental price.*exact value/ });
    await fireEvent.input(gpu, { target: { value: 'Infinity' } });
    await fireEvent.change(gpu);
    flushSync();
    expect(screen.getByText('Not a decimal number: kept 2.')).toBeInTheDocument();
  });

  it('a value between two steps is snapped once: the field, the slider and the results use the same number', async () => {
    render(CalculatorSection);
    const gpn = screen.getByRole('textbox', { name: /GPUs per node.*exact value/ });
    await fireEvent.input(gpn, { target: { value: '8.5' } });
    flushSync();
    // While typing, the results already use the step the field will show.
    expect(scenario.inputs.gpusPerNode).toBe(9);
    await fireEvent.change(gpn);
    flushSync();
    expect(gpn).toHaveValue('9');
    expect(screen.getByRole('slider', { name: 'GPUs per node' })).toHaveValue('9');
    expect(screen.getByText('Between the slider’s steps: set to 9 (steps of 1).')).toBeInTheDocument();
    expect(out('Daily cost')).toHaveTextContent('$97,956');
  });

  it('absurd results are explained, not printed: a cost of cents, a margin of more than 10,000%', async () => {
    scenario.inputs = { ...DEFAULT_INPUTS, gpuHourPrice: 0.05, nodes: 0.25, gpusPerNode: 1, hours: 1 };
    render(CalculatorSection);
    expect(out('Daily cost')).toHaveTextContent('$0.01');
    expect(out('Cost-profit margin')).toHaveTextContent('more than 10,000%');
    expect(screen.getByText('the cost is a tiny fraction of the revenue, so this ratio says little')).toBeInTheDocument();
    expect(out('GPU-hours')).toHaveTextContent('0.25');
    expect(document.body.textContent).not.toMatch(/4,495,802,780|NaN|Infinity|undefined/);

    // The other way round: almost no revenue against the full cost.
    scenario.inputs = { ...DEFAULT_INPUTS, freePct: 100 - 1, r1Hit: 0, r1Miss: 0, r1Out: 0.01, outputB: 1 };
    flushSync();
    expect(out('Gross margin')).toHaveTextContent('less than −10,000%');
    expect(screen.getByText('the revenue is a tiny fraction of the cost, so this ratio says little')).toBeInTheDocument();
    expect(out('Daily revenue')).toHaveTextContent('$0.10');
    expect(screen.getByText(/more than 10,000% of the theoretical revenue/)).toBeInTheDocument();
  });
});

