// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { render, fireEvent } from '@testing-library/svelte';
import GapChart from '../../src/charts/GapChart.svelte';
import { ui } from '../../src/lib/state/ui.svelte';

ui.locale = 'en';

describe('GapChart (DOM)', () => {
  it('announces the focused month’s models and scores in a live region', async () => {
    const { container } = render(GapChart, { props: { mode: 'points' } });
    const jan = container.querySelector<SVGGElement>('[data-month="2025-01"]')!;
    expect(jan.getAttribute('tabindex')).toBe('0');
    jan.focus();
    await fireEvent.focus(jan);
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe(
      'Jan 2025 (snapshot of 29 Jan): top closed Gemini-2.0-Flash-Thinking-Exp-01-21 (Google) 1,382; top open DeepSeek-R1 (DeepSeek, MIT) 1,358; gap 24 points, 1.77%',
    );
    await fireEvent.keyDown(jan, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-month')).toBe('2025-02');
    expect(live.textContent).toContain('chocolate (Early Grok-3)');
  });
});
