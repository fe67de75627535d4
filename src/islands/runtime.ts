/**
 * The islands' shared runtime, loaded with the first island that wakes up (never before):
 * Svelte, the shared state (the reader's scenario, theme and the address's notice) and the
 * browser glue. Every island hydrates through `hydrateIsland`.
 *
 * Hydration must meet exactly the HTML the server wrote, and the server wrote the default
 * state. Shared state may have moved on by the time an island hydrates (the address's
 * scenario, a slider moved in another island), so each island hydrates against the state the
 * page was prerendered with, and the live state is put back in the same task, before any
 * paint: the island then updates like any other. A control the reader changed before its
 * island woke up (a radio clicked, a number typed) keeps the reader's value.
 */
import { hydrate, flushSync, type Component } from 'svelte';
import { scenario } from '../lib/state/scenario.svelte';
import { ui } from '../lib/state/ui.svelte';
import { startBrowserSync } from '../lib/state/browserSync.svelte';
import { DEFAULT_INPUTS } from '../lib/model/inputs';
import type { UrlState } from '../lib/state/url';
import type { Locale } from '../lib/i18n';
import { hydratingPrerender } from '../lib/chart/firstDraw';

/** Put the page's live state in place (once, when the runtime loads). */
export function start(locale: Locale, state: UrlState): void {
  ui.locale = locale;
  scenario.inputs = state.inputs;
  if (state.theme) ui.theme = state.theme;
  ui.urlIssues = state.entries;
  startBrowserSync({ localeFromPage: locale });
}

type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
interface Change {
  el: FormControl;
  value: string;
  checked: boolean;
}

const isToggle = (el: FormControl): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');

/** Controls inside `root` whose value differs from the one in the HTML: the reader's changes. */
function changedControls(root: HTMLElement): Change[] {
  const out: Change[] = [];
  for (const el of root.querySelectorAll<FormControl>('input, textarea, select')) {
    const changed = isToggle(el)
      ? el.checked !== el.defaultChecked
      : el instanceof HTMLSelectElement
        ? [...el.options].some((o) => o.selected !== o.defaultSelected)
        : el.value !== el.defaultValue;
    if (changed) out.push({ el, value: el.value, checked: isToggle(el) && el.checked });
  }
  return out;
}

/** Give the reader's changes back to the now-live controls, as the events they would have sent. */
function replay(changes: Change[]) {
  for (const { el, value, checked } of changes) {
    if (isToggle(el)) {
      if (el.checked === checked) continue;
      el.checked = checked;
    } else {
      if (el.value === value) continue;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/**
 * A prerendered chart mark the reader had focused (a touch that woke the island) is drawn
 * anew once the chart measures its box: give focus to the new mark of the same name.
 */
function keepFocus(target: HTMLElement): void {
  const el = document.activeElement;
  if (!(el instanceof Element) || !target.contains(el)) return;
  const name = [...el.attributes].find((a) => a.name.startsWith('data-'));
  if (!name) return;
  const selector = `[${name.name}="${CSS.escape(name.value)}"]`;
  let tries = 0;
  const again = () => {
    if (el.isConnected) return;
    const next = target.querySelector<HTMLElement | SVGElement>(selector);
    if (next) next.focus();
    else if (++tries < 4) requestAnimationFrame(again);
  };
  requestAnimationFrame(again);
}

export function hydrateIsland(component: Component, target: HTMLElement): void {
  const changes = changedControls(target);
  keepFocus(target);
  const live = { inputs: scenario.inputs, theme: ui.theme, issues: ui.urlIssues };
  scenario.inputs = { ...DEFAULT_INPUTS };
  ui.theme = 'auto';
  ui.urlIssues = [];
  try {
    // recover: false: on a mismatch, keep the server's HTML rather than wipe and re-render it.
    // Charts drop their prerendered drawings here and draw once their box is measured
    // (src/lib/chart/firstDraw.ts).
    hydratingPrerender(() => hydrate(component, { target, recover: false }));
  } finally {
    scenario.inputs = live.inputs;
    ui.theme = live.theme;
    ui.urlIssues = live.issues;
    flushSync();
  }
  replay(changes);
  flushSync();
}
