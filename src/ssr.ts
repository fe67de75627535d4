/**
 * Build-time entry: render one page (a language, optionally one embed). The page around the
 * islands is static HTML; each island is rendered on its own into its place, so the browser
 * can hydrate exactly that HTML (src/islands/boot.ts).
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import App from './App.svelte';
import { ui } from './lib/state/ui.svelte';
import { scenario } from './lib/state/scenario.svelte';
import { DEFAULT_INPUTS } from './lib/model/inputs';
import { messages, loadLocale, LOCALES, type Locale } from './lib/i18n';
import type { EmbedSection } from './lib/embed/registry';
import { provideProse } from './lib/prose';
import { setEmbedPage } from './lib/embed/mode';
import { renderProse } from './prose/blocks';
import { ISLANDS, ISLAND_NAMES, islandMarker, type IslandName } from './islands/registry';

export { csvFiles } from './prose/csvFiles';
export { LOCALES } from './lib/i18n';
export { EMBED_SECTIONS } from './lib/embed/registry';

const components = new Map<IslandName, Component>();

/** Load every dictionary and every island's component before rendering. */
export async function prepare(): Promise<void> {
  await Promise.all(LOCALES.map((l) => loadLocale(l)));
  await Promise.all(ISLAND_NAMES.map(async (name) => components.set(name, (await ISLANDS[name].load()).default)));
}

export interface RenderedPage {
  body: string;
  head: string;
  title: string;
  description: string;
  skipLink: string;
  /** The islands on this page, in document order. */
  islands: IslandName[];
}

/**
 * Svelte's hydration markers (`<!--[-->`, `<!--[-1-->`, `<!--]-->`, `<!---->`, and the hash
 * an `{@html}` block leaves, `<!--1f6y2c1-->`). The page
 * around the islands is never hydrated, so it does not need them; islands keep theirs.
 */
const HYDRATION_MARKERS = /<!--(?:\[[^>]*?|\]|[a-z0-9]+)?-->/g;

/**
 * Render a component whose output holds `<Island name>` places, and render each island on
 * its own into its place. The page around the islands loses Svelte's markers; islands keep
 * theirs, for hydration. Needs prepare() first.
 */
export function renderWithIslands<P extends Record<string, unknown>>(
  C: Component<P>,
  ...[props]: Record<string, never> extends P ? [props?: P] : [props: P]
): { body: string; head: string; islands: IslandName[]; html: Map<IslandName, string> } {
  const page = render(C as Component<Record<string, unknown>>, { props: props ?? {} });
  let head = page.head;
  const islands: IslandName[] = [];
  const html = new Map<IslandName, string>();
  let body = page.body.replace(HYDRATION_MARKERS, '');
  for (const name of ISLAND_NAMES) {
    const marker = islandMarker(name);
    if (!body.includes(marker)) continue;
    if (body.indexOf(marker) !== body.lastIndexOf(marker)) throw new Error(`Island "${name}" is placed twice`);
    const component = components.get(name);
    if (!component) throw new Error('Call prepare() before rendering islands');
    const island = render(component, { props: {} });
    head += island.head;
    body = body.replace(marker, () => island.body);
    islands.push(name);
    html.set(name, island.body);
  }
  islands.sort((a, b) => body.indexOf(`data-island="${a}"`) - body.indexOf(`data-island="${b}"`));
  return { body, head, islands, html };
}

export function renderPage(locale: Locale, embed: EmbedSection | null = null): RenderedPage {
  ui.locale = locale;
  ui.theme = 'auto';
  ui.urlIssues = [];
  scenario.inputs = { ...DEFAULT_INPUTS };
  setEmbedPage(embed);
  provideProse(renderProse());
  try {
    const { body, head, islands } = renderWithIslands(App, { embed });
    const site = messages(locale).common.site;
    return { body, head, title: site.title, description: site.description, skipLink: site.skipLink, islands };
  } finally {
    provideProse(null);
    setEmbedPage(null);
  }
}
