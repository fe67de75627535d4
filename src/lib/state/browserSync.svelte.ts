/**
 * Browser glue, started with the first island: the address follows the scenario
 * (history.replaceState, debounced, and written at once when the reader leaves the page or
 * follows a link, so Back returns to the scenario they left), and the theme follows the UI
 * state. (The language and title are the page's own: each language is a page; an embed's
 * height is posted by lib/embed/height.ts.) Every effect cleans up.
 */
import { ui } from './ui.svelte';
import { scenario } from './scenario.svelte';
import { encode } from './url';
import type { Locale } from '../i18n';

/** How long the address waits for the reader to stop moving a slider. */
export const ADDRESS_DELAY_MS = 200;

export function startBrowserSync(options: { localeFromPage: Locale }): () => void {
  return $effect.root(() => {
    $effect(() => {
      const query = encode(scenario.inputs, ui.locale, ui.theme, options.localeFromPage);
      const write = () => {
        const url = location.pathname + query + location.hash;
        if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
      };
      const timer = setTimeout(write, ADDRESS_DELAY_MS);
      // Leaving now (a language link, Back, closing the tab): write the address first.
      const now = () => {
        clearTimeout(timer);
        write();
      };
      addEventListener('pagehide', now);
      addEventListener('click', now, { capture: true });
      return () => {
        clearTimeout(timer);
        removeEventListener('pagehide', now);
        removeEventListener('click', now, { capture: true });
      };
    });

    $effect(() => {
      const root = document.documentElement;
      if (ui.theme === 'auto') root.removeAttribute('data-theme');
      else root.dataset.theme = ui.theme;
    });
  });
}
