/** Entry point: read the address and the prerendered language, hydrate, then apply the URL's scenario. */
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { ui } from './lib/state/ui.svelte';
import { scenario } from './lib/state/scenario.svelte';
import { decode } from './lib/state/url';
import { isLocale, loadLocale, DEFAULT_LOCALE, type Locale } from './lib/i18n';
import { isEmbedSection } from './lib/embed/registry';
import { startBrowserSync } from './lib/state/browserSync.svelte';
import './styles/global.css';

const target = document.getElementById('app')!;
const pageLocale: Locale = isLocale(target.dataset.locale) ? target.dataset.locale : DEFAULT_LOCALE;
const embedAttr = target.dataset.embed;
const embed = isEmbedSection(embedAttr) ? embedAttr : null;

async function switchLocale(l: Locale): Promise<void> {
  await loadLocale(l);
  ui.locale = l;
}

// Hydrate with exactly the state the page was prerendered with …
await loadLocale(pageLocale);
ui.locale = pageLocale;
const props = { embed, onLocale: (l: Locale) => void switchLocale(l) };
if (target.firstElementChild) hydrate(App, { target, props });
else mount(App, { target, props });

// … then apply what the address asks for; the page updates reactively.
const state = decode(location.search);
scenario.inputs = state.inputs;
if (state.locale) await switchLocale(state.locale);
if (state.theme) ui.theme = state.theme;
ui.urlIssues = state.issues;
startBrowserSync({ embed: embed !== null, localeFromPage: pageLocale });
document.documentElement.classList.add('js');
