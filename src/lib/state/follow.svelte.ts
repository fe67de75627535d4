/**
 * The scenario's result as another island shows it: a frame behind the reader's slider, so
 * the slider's own results update within the frame and charts elsewhere on the page (the
 * smile curve's DeepSeek point) follow on the next one instead of lengthening it. The first
 * value the island sees once it is live is taken at once, so a shared link never shows the
 * default for a frame. Call it while a component initialises (it owns an effect).
 */
import { scenario } from './scenario.svelte';
import type { DayResult } from '../model/inferenceEconomics';

export function followResult(): { readonly current: DayResult } {
  let current = $state.raw(scenario.result);
  let live = false;
  $effect(() => {
    const next = scenario.result;
    if (!live) {
      live = true;
      current = next;
      return;
    }
    const frame = requestAnimationFrame(() => (current = next));
    return () => cancelAnimationFrame(frame);
  });
  return {
    get current() {
      return current;
    },
  };
}
