/**
 * Entry point: read the address and the prerendered language, hydrate, then apply the URL's
 * scenario. Each language is its own prerendered page: an address asking for another
 * language (?lang=) goes to that page, with the same scenario.
 */
import { hydrate, flushSync } from 'svelte';
import App from './App.svelte';
import { ui } from './lib/state/ui.svelte';
import { scenario } from './lib/state/scenario.svelte';
import { decode } from './lib/state/url';
import { isLocale, loadLocale, DEFAULT_LOCALE, type Locale } from './lib/i18n';
import { isEmbedSection, pageName } from './lib/embed/registry';
import { startBrowserSync } from './lib/state/browserSync.svelte';
import './styles/global.css';

const target = document.getElementById('app')!;
const pageLocale: Locale = isLocale(target.dataset.locale) ? target.dataset.locale : DEFAULT_LOCALE;
const embedAttr = target.dataset.embed;
const embed = isEmbedSection(embedAttr) ? embedAttr : null;

const state = decode(location.search);
if (state.locale && state.locale !== pageLocale) {
  // Keep the rest of the address as it is, so the other page reports any adjusted value too.
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  const rest = params.toString();
  location.replace(pageName(state.locale, embed) + (rest ? `?${rest}` : '') + location.hash);
} else {
  // Hydrate with exactly the state the page was prerendered with …
  await loadLocale(pageLocale);
  ui.locale = pageLocale;
  hydrate(App, { target, props: { embed } });

  // … then apply what the address asks for; the page updates reactively.
  scenario.inputs = state.inputs;
  if (state.theme) ui.theme = state.theme;
  ui.urlIssues = state.issues;
  startBrowserSync({ embed: embed !== null, localeFromPage: pageLocale });
  // The scenario's numbers are on the page now: show them (index.html hid them until here).
  flushSync();
  document.documentElement.classList.remove('scenario-pending');
  document.documentElement.classList.add('js');
}
