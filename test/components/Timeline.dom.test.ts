// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { render, fireEvent } from '@testing-library/svelte';
import Timeline from '../../src/charts/Timeline.svelte';
import { ui } from '../../src/lib/state/ui.svelte';
import { EVENTS } from '../../src/lib/data/openClosed';

ui.locale = 'en';

describe('Timeline (DOM)', () => {
  it('puts exactly one event in the tab order and moves with the arrow keys, Home and End', async () => {
    const { container } = render(Timeline, { props: {} });
    const marks = [...container.querySelectorAll<SVGGElement>('[data-event]')];
    expect(marks.length).toBe(EVENTS.length);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').length).toBe(1);
    marks[0]!.focus();
    await fireEvent.keyDown(marks[0]!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-event')).toBe(EVENTS[1]!.id);
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-event')).toBe(EVENTS.at(-1)!.id);
    // The event's details are a build-time block: only the focused event's block is shown.
    const shown = [...container.querySelectorAll('.detail [data-prose]:not([hidden])')].map((b) => b.getAttribute('data-prose'));
    expect(shown).toEqual([`event/${EVENTS.at(-1)!.id}`]);
    expect(container.querySelector<HTMLElement>('.detail p.muted')?.hidden).toBe(true);
  });

  it('shows only the chosen types', () => {
    const { container } = render(Timeline, { props: { types: ['closed'] } });
    const marks = [...container.querySelectorAll('[data-event]')];
    expect(marks.length).toBe(EVENTS.filter((e) => e.type === 'closed').length);
    expect(marks.every((m) => m.getAttribute('data-type') === 'closed')).toBe(true);
  });
});
