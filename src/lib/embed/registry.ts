/**
 * Embeddable charts. Each chart has an embed page of its own, embed/<chart>.html (and
 * .zh-Hans / .zh-Hant), prerendered at build: the chart's frame alone (title, takeaway, the
 * chart, notes, a compact source line, "from: <story>"), with only its own island. A chart the
 * story adds later is one line in EMBED_CHARTS (and its heights in heights.ts).
 * Pure: no DOM. (Types only from the islands' registry, so the entry script stays small.)
 */
import type { IslandName } from '../../islands/registry';

export interface EmbedChart {
  /** The island that draws it: the embed page loads this one island only. */
  island: IslandName;
  /** The FigureFrame id of the chart in that island (anchor on the story, file names). */
  figure: string;
  /** It follows the calculator's scenario, so its embed code carries the reader's scenario. */
  scenario: boolean;
}

export const EMBED_CHARTS = {
  /** The margin calculator: presets, inputs, results and the waterfall, one interactive figure. */
  calculator: { island: 'calculator', figure: 'margin-waterfall', scenario: true },
  /** The published day priced at each of DeepSeek's price lists, by date (the chosen list marked). */
  margins: { island: 'marginTime', figure: 'margin-over-time', scenario: true },
  /** DeepSeek's day, hour by hour, at the scenario's GPU price. */
  day: { island: 'day', figure: 'day-profile', scenario: true },
  smile: { island: 'smile', figure: 'smile-curve', scenario: true },
  timeline: { island: 'timeline', figure: 'open-timeline', scenario: false },
  gap: { island: 'gap', figure: 'arena-gap', scenario: false },
  /** The API price war; its line prices the scenario's day. */
  prices: { island: 'prices', figure: 'api-prices', scenario: true },
} as const satisfies Record<string, EmbedChart>;

export type EmbedChartName = keyof typeof EMBED_CHARTS;
export const EMBED_CHART_NAMES = Object.keys(EMBED_CHARTS) as EmbedChartName[];

/**
 * The section embeds of earlier versions (embed/open-closed.html, embed/price-war.html): kept
 * at their addresses, now holding their section's charts in frame-only form, no essays.
 * (embed/calculator.html and embed/smile.html kept their names.)
 */
export const LEGACY_EMBEDS = {
  'open-closed': ['timeline', 'gap'],
  'price-war': ['prices'],
} as const satisfies Record<string, readonly EmbedChartName[]>;

/** Every embed page the build writes: one per chart, then the legacy section addresses. */
export const EMBED_SECTIONS = [...EMBED_CHART_NAMES, ...(Object.keys(LEGACY_EMBEDS) as (keyof typeof LEGACY_EMBEDS)[])];
export type EmbedSection = EmbedChartName | keyof typeof LEGACY_EMBEDS;

export function isEmbedSection(value: unknown): value is EmbedSection {
  return typeof value === 'string' && (EMBED_SECTIONS as readonly string[]).includes(value);
}

/** The charts an embed page holds, in order. */
export function chartsOf(page: EmbedSection): readonly EmbedChartName[] {
  return Object.hasOwn(LEGACY_EMBEDS, page) ? LEGACY_EMBEDS[page as keyof typeof LEGACY_EMBEDS] : [page as EmbedChartName];
}

/** The embed of a figure (by its FigureFrame id), or null when it has none. */
export function chartOfFigure(figureId: string): EmbedChartName | null {
  return EMBED_CHART_NAMES.find((name) => EMBED_CHARTS[name].figure === figureId) ?? null;
}

/** Whether a chart's embed carries the reader's scenario. */
export const followsScenario = (chart: EmbedChartName): boolean => EMBED_CHARTS[chart].scenario;

/** Message an embed posts to its host page when its height changes. */
export const HEIGHT_MESSAGE = 'ai-economics:height';

/**
 * The file of a page in one language, relative to its own directory: index.html,
 * index.zh-Hans.html; in embed/, smile.html, smile.zh-Hans.html. Each language is its own
 * prerendered page, so changing language is going to the other page.
 */
export function pageName(locale: string, embed: EmbedSection | null = null): string {
  const suffix = locale === 'en' ? '' : `.${locale}`;
  return `${embed ?? 'index'}${suffix}.html`;
}
