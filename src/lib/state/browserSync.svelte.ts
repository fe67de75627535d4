/**
 * Browser glue, started once after hydration: the address follows the scenario
 * (history.replaceState, debounced), <html lang>, the title and the theme follow the UI
 * state, and an embed posts its height to the host page. Every effect cleans up.
 */
import { ui } from './ui.svelte';
import { scenario } from './scenario.svelte';
import { encode } from './url';
import { HEIGHT_MESSAGE } from '../embed/registry';
import type { Locale } from '../i18n';

export function startBrowserSync(options: { embed: boolean; localeFromPage: Locale }): () => void {
  return $effect.root(() => {
    $effect(() => {
      const query = encode(scenario.inputs, ui.locale, ui.theme, options.localeFromPage);
      const timer = setTimeout(() => {
        const url = location.pathname + query + location.hash;
        if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
      }, 200);
      return () => clearTimeout(timer);
    });

    $effect(() => {
      document.documentElement.lang = ui.locale;
      if (!options.embed) document.title = ui.t.common.site.title;
    });

    $effect(() => {
      const root = document.documentElement;
      if (ui.theme === 'auto') root.removeAttribute('data-theme');
      else root.dataset.theme = ui.theme;
    });

    if (options.embed && window.parent !== window) {
      $effect(() => {
        let last = 0;
        const post = () => {
          const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
          if (height !== last) {
            last = height;
            window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: location.href }, '*');
          }
        };
        const observer = new ResizeObserver(post);
        observer.observe(document.body);
        post();
        return () => observer.disconnect();
      });
    }
  });
}
