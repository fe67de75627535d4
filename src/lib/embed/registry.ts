/**
 * Embeddable pieces. Each section can be embedded on its own at embed/<section>.html
 * (prerendered at build, no header or footer); a figure's embed code points at its section.
 */
export const EMBED_SECTIONS = ['calculator', 'smile', 'open-closed', 'price-war'] as const;
export type EmbedSection = (typeof EMBED_SECTIONS)[number];

const FIGURE_SECTION: Record<string, EmbedSection> = {
  'margin-waterfall': 'calculator',
  'day-profile': 'calculator',
  'smile-curve': 'smile',
  'open-timeline': 'open-closed',
  'arena-gap': 'open-closed',
  'api-prices': 'price-war',
};

export function sectionOfFigure(figureId: string): EmbedSection {
  return FIGURE_SECTION[figureId] ?? 'calculator';
}

export function isEmbedSection(value: unknown): value is EmbedSection {
  return typeof value === 'string' && (EMBED_SECTIONS as readonly string[]).includes(value);
}

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
