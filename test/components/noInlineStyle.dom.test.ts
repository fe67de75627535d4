// @vitest-environment jsdom
/**
 * The same rule as noInlineStyle.test.ts, in the browser's own renders: mounted, then moved
 * (a mark in focus, another metric, the calculator changed), no chart or control writes a
 * `style` attribute, which `style-src 'self'` would refuse.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { render, fireEvent, cleanup } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SmileCurve from '../../src/charts/SmileCurve.svelte';
import Timeline from '../../src/charts/Timeline.svelte';
import GapChart from '../../src/charts/GapChart.svelte';
import DayProfile from '../../src/charts/DayProfile.svelte';
import MarginWaterfall from '../../src/charts/MarginWaterfall.svelte';
import Presets from '../../src/controls/Presets.svelte';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { scenario } from '../../src/lib/state/scenario.svelte';
import { ui } from '../../src/lib/state/ui.svelte';

ui.locale = 'en';
afterEach(() => {
  cleanup();
  scenario.inputs = { ...DEFAULT_INPUTS };
});

const styled = (root: Element) => [...root.querySelectorAll('[style]')].map((el) => `${el.tagName} ${el.getAttribute('style')}`);

describe('no inline style attribute once mounted and moved', () => {
  it('SmileCurve: every mark in focus, both metrics, DeepSeek’s point moved', async () => {
    const { container, rerender } = render(SmileCurve, { props: { metric: 'operating' } });
    for (const mark of container.querySelectorAll('[data-mark]')) await fireEvent.focus(mark);
    expect(styled(container)).toEqual([]);
    await rerender({ metric: 'gross', showIdea: false });
    scenario.inputs = { ...DEFAULT_INPUTS, freePct: 50 };
    flushSync();
    for (const mark of container.querySelectorAll('[data-mark]')) await fireEvent.focus(mark);
    expect(container.querySelector('[data-mark="deepseek"]')).not.toBeNull();
    expect(styled(container)).toEqual([]);
  });

  it('Timeline: every event in focus, then fewer types', async () => {
    const { container, rerender } = render(Timeline, { props: {} });
    for (const mark of container.querySelectorAll('[data-event]')) await fireEvent.focus(mark);
    expect(styled(container)).toEqual([]);
    await rerender({ types: ['closed', 'pricing'] });
    expect(styled(container)).toEqual([]);
  });

  it('GapChart: both modes, a month in focus', async () => {
    const { container, rerender } = render(GapChart, { props: { mode: 'points' } });
    await fireEvent.focus(container.querySelector('[data-month]')!);
    await rerender({ mode: 'percent' });
    expect(styled(container)).toEqual([]);
  });

  it('the calculator’s charts and presets, as the scenario changes', async () => {
    const day = render(DayProfile, { props: { gpusPerNode: 8, gpuHourPrice: 2 } });
    const fall = render(MarginWaterfall, { props: { result: computeDay(DEFAULT_INPUTS) } });
    const presets = render(Presets);
    await fall.rerender({ result: computeDay({ ...DEFAULT_INPUTS, freePct: 95, gpuHourPrice: 4 }) });
    await day.rerender({ gpusPerNode: 16, gpuHourPrice: 5 });
    for (const b of presets.container.querySelectorAll('button')) await fireEvent.click(b);
    for (const c of [day.container, fall.container, presets.container]) expect(styled(c)).toEqual([]);
  });
});
