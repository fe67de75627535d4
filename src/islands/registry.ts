/**
 * Every island: an interactive part of the page that hydrates on its own, with its own chunk.
 * The page is prerendered whole; `<Island name>` marks where an island's HTML goes, and the
 * browser (boot.ts) loads and hydrates each one when it nears the viewport or is touched.
 * A new interactive section is a new line here and an `<Island name>` in its section.
 */
import type { Component } from 'svelte';
import type { Namespace } from '../lib/i18n';

/** What a page address can carry that an island shows. */
export type AddressPart = 'scenario' | 'theme' | 'issues';

export interface IslandSpec {
  /** The island's component, in a chunk of its own (a dynamic import). */
  load: () => Promise<{ default: Component }>;
  /** Dictionary parts it shows, besides `common` (which every island has). */
  words: readonly Namespace[];
  /**
   * When it hydrates: 'visible' when it comes near the viewport or is touched, whichever
   * is first; 'touch' only when the reader points at it, focuses or taps it (its HTML
   * works as it is until then).
   */
  trigger: 'visible' | 'touch';
  /**
   * It hydrates at once when the address carries one of these, so that the reader never
   * sees the prerendered defaults in place of the link's scenario, theme or notice.
   */
  eagerFor: readonly AddressPart[];
}

export const ISLANDS = {
  /** Language links (they carry the scenario along) and the theme switch. */
  chrome: { load: () => import('../sections/PageChrome.svelte'), words: [], trigger: 'touch', eagerFor: ['scenario', 'theme'] },
  /** What the address held that was ignored or adjusted (empty otherwise). */
  /** (It names each setting with the calculator's own labels.) */
  notice: { load: () => import('../sections/UrlNotice.svelte'), words: ['calculator'], trigger: 'touch', eagerFor: ['issues'] },
  /** The margin calculator: presets, inputs, results and the waterfall. */
  calculator: {
    load: () => import('../sections/calculator/CalculatorIsland.svelte'),
    words: ['calculator'],
    trigger: 'visible',
    eagerFor: ['scenario'],
  },
  /** The published day priced at each of DeepSeek's later price lists (the chosen one marked). */
  marginTime: {
    load: () => import('../sections/calculator/MarginTimeFigure.svelte'),
    words: ['calculator'],
    trigger: 'visible',
    eagerFor: ['scenario'],
  },
  /** DeepSeek's day hour by hour, at the scenario's GPU price (placed right after the calculator). */
  day: { load: () => import('../sections/calculator/DayFigure.svelte'), words: ['calculator'], trigger: 'visible', eagerFor: ['scenario'] },
  /** The smile curve, with DeepSeek's point following the calculator. */
  smile: { load: () => import('../sections/smile/SmileFigure.svelte'), words: ['smile'], trigger: 'visible', eagerFor: ['scenario'] },
  /** The open/closed timeline with its filters. */
  timeline: { load: () => import('../sections/openClosed/TimelineFigure.svelte'), words: ['openClosed'], trigger: 'visible', eagerFor: [] },
  /** The Arena gap between the best open and closed models. */
  gap: { load: () => import('../sections/openClosed/GapFigure.svelte'), words: ['openClosed'], trigger: 'visible', eagerFor: [] },
  /** The API price war, with a line pricing the calculator's day at the mark in focus. */
  prices: { load: () => import('../sections/priceWar/PriceFigure.svelte'), words: ['priceWar'], trigger: 'visible', eagerFor: [] },
} as const satisfies Record<string, IslandSpec>;

export type IslandName = keyof typeof ISLANDS;
export const ISLAND_NAMES = Object.keys(ISLANDS) as IslandName[];

export function isIslandName(value: unknown): value is IslandName {
  return typeof value === 'string' && Object.hasOwn(ISLANDS, value);
}

/** The comment the server leaves where an island's own render goes (src/ssr.ts fills it). */
export const islandMarker = (name: IslandName) => `<!--island:${name}-->`;
