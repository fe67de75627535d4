/**
 * The build-time words (src/lib/i18n/<locale>/prose.ts): narrative, notes, fact checks, event
 * texts, table headings. Only the server-side blocks in src/prose/ import this module; the
 * prerender writes the words into the HTML (see src/lib/prose.ts). A translation left empty
 * falls back to English, as everywhere else.
 */
import { prose as enProse } from './en/prose';
import { prose as zhHansProse } from './zh-Hans/prose';
import { page as enPage } from './en/page';
import { page as zhHansPage } from './zh-Hans/page';
import { story as enStory } from './en/storyProse';
import { story as zhHansStory } from './zh-Hans/storyProse';
import { priceWarProse as enPriceWar } from './en/priceWarProse';
import { priceWarProse as zhHansPriceWar } from './zh-Hans/priceWarProse';
// Converted from zh-Hans at build time (src/build/traditional.ts).
import { prose as zhHantProse } from './zh-Hant/prose';
import { page as zhHantPage } from './zh-Hant/page';
import { story as zhHantStory } from './zh-Hant/storyProse';
import { priceWarProse as zhHantPriceWar } from './zh-Hant/priceWarProse';
import { publishers as zhHansPublishers } from './zh-Hans/publishers';
import { publishers as zhHantPublishers } from './zh-Hant/publishers';
import { messages, withFallback } from './index';
import type { Dict, Locale } from './types';

const en = { ...enProse, page: enPage, story: enStory, priceWar: enPriceWar };
const zhHans = { ...zhHansProse, page: zhHansPage, story: zhHansStory, priceWar: zhHansPriceWar };
const zhHant = { ...zhHantProse, page: zhHantPage, story: zhHantStory, priceWar: zhHantPriceWar };

export type ProseWords = Dict<typeof en>;

const WORDS: Record<Locale, ProseWords> = {
  en,
  'zh-Hans': withFallback<ProseWords>(en, zhHans),
  'zh-Hant': withFallback<ProseWords>(en, zhHant),
};

export function proseWords(locale: Locale): ProseWords {
  return WORDS[locale];
}

const PUBLISHERS: Record<Locale, Readonly<Record<string, string>>> = { en: {}, 'zh-Hans': zhHansPublishers, 'zh-Hant': zhHantPublishers };

/**
 * Every publisher's name as the locale writes it, for the build-time blocks: the build-time
 * table (zh-Hans/publishers.ts) and the two charts' own tables (smile, priceWar), which the
 * islands carry for the sources they show themselves. See src/lib/i18n/publisher.ts.
 */
export function publisherNames(locale: Locale): Readonly<Record<string, string>> {
  const t = messages(locale);
  return { ...PUBLISHERS[locale], ...t.smile?.publishers, ...t.priceWar?.publishers };
}
