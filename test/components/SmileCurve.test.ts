// @vitest-environment jsdom
import { describe, it, expect, afterEach } from 'vitest';
import { render as domRender, cleanup, fireEvent } from '@testing-library/svelte';
import SmileCurve from '../../src/charts/SmileCurve.svelte';
import { scenario } from '../../src/lib/state/scenario.svelte';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { flushSync } from 'svelte';

afterEach(() => {
  cleanup();
  scenario.inputs = { ...DEFAULT_INPUTS };
});

describe('SmileCurve (DOM)', () => {
  it('gives every mark an accessible name with figure, period and kind', () => {
    const { getAllByRole } = domRender(SmileCurve, { props: { metric: 'operating' } });
    const marks = getAllByRole('button');
    expect(marks).toHaveLength(7);
    const nvidia = marks.find((m) => m.getAttribute('aria-label')?.startsWith('NVIDIA'))!;
    expect(nvidia.getAttribute('aria-label')).toBe('NVIDIA, Chips: operating margin 62.3%, Q3 FY2025 (quarter to 27 Oct 2024), Filing');
    for (const m of marks) expect(m.getAttribute('tabindex')).toBe('0');
  });

  it('shows the source in the detail panel when a mark gets focus', async () => {
    const { getAllByRole, container } = domRender(SmileCurve, { props: { metric: 'operating' } });
    const openai = getAllByRole('button').find((m) => m.getAttribute('aria-label')?.startsWith('OpenAI'))!;
    await fireEvent.focus(openai);
    const panel = container.querySelector('.detail')!;
    expect(panel.textContent).toContain('Press report');
    expect(panel.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\/www\.business-standard\.com/);
  });

  it('says which companies are missing and why', () => {
    const { container } = domRender(SmileCurve, { props: { metric: 'gross' } });
    expect(container.textContent).toMatch(/Not shown: .*AWS.* report only another margin/);
    expect(container.textContent).toMatch(/Huawei Cloud, Baidu AI Cloud do not disclose a margin/);
  });

  it('moves DeepSeek’s point when the calculator changes, and hides it when undefined', () => {
    const { container } = domRender(SmileCurve, { props: { metric: 'gross' } });
    const point = () => container.querySelector<SVGGElement>('[data-mark="deepseek"]');
    const before = point()!.getAttribute('transform');
    expect(before).toMatch(/^translate\(/);
    expect(point()!.getAttribute('aria-label')).toMatch(/84\.5%.*published claim/);
    const free = 'freePct';
    scenario.inputs = { ...DEFAULT_INPUTS, [free]: 50 };
    flushSync();
    expect(point()!.getAttribute('transform')).not.toBe(before);
    expect(point()!.getAttribute('aria-label')).toMatch(/your calculator scenario/);
    scenario.inputs = { ...DEFAULT_INPUTS, [free]: 100 };
    flushSync();
    expect(point()).toBeNull();
    expect(container.textContent).toMatch(/DeepSeek’s point is not shown: not defined/);
  });
});
