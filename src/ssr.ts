/** Build-time entry: render the app to HTML for one language (and optionally one embed). */
import { render } from 'svelte/server';
import App from './App.svelte';
import { ui } from './lib/state/ui.svelte';
import { scenario } from './lib/state/scenario.svelte';
import { DEFAULT_INPUTS } from './lib/model/inputs';
import { messages, loadLocale, LOCALES, type Locale } from './lib/i18n';
import type { EmbedSection } from './lib/embed/registry';
import { provideProse } from './lib/prose';
import { renderProse } from './prose/blocks';

export { csvFiles } from './prose/csvFiles';

export { LOCALES } from './lib/i18n';

/** Load every dictionary before rendering. */
export async function prepare(): Promise<void> {
  await Promise.all(LOCALES.map((l) => loadLocale(l)));
}
export { EMBED_SECTIONS } from './lib/embed/registry';

export interface RenderedPage {
  body: string;
  head: string;
  title: string;
  description: string;
  skipLink: string;
}

export function renderPage(locale: Locale, embed: EmbedSection | null = null): RenderedPage {
  ui.locale = locale;
  ui.theme = 'auto';
  ui.urlIssues = [];
  scenario.inputs = { ...DEFAULT_INPUTS };
  provideProse(renderProse());
  const { body, head } = render(App, { props: { embed } });
  provideProse(null);
  const site = messages(locale).common.site;
  return { body, head, title: site.title, description: site.description, skipLink: site.skipLink };
}
