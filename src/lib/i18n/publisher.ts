/**
 * A source's publisher as the page's language writes it. The data (src/lib/data/) holds each
 * name once, in English or in the source's own language; a Chinese page shows the translation
 * from its tables where the name has English words in it (the charts' own, smile.publishers and
 * priceWar.publishers, for what they cite in the browser; src/lib/i18n/prose.ts's
 * publisherNames adds the build-time zh-Hans/publishers.ts) ("NVIDIA via
 * MENAFN" → "NVIDIA（MENAFN 转载）"), and otherwise the name itself with Chinese punctuation
 * ("DeepSeek (GitHub, deepseek-ai/DeepSeek-V2)" → "DeepSeek（GitHub，deepseek-ai/DeepSeek-V2）").
 */
import type { Locale } from './types';

export function publisherName(name: string, locale: Locale, names?: Readonly<Record<string, string>>): string {
  if (locale === 'en') return name;
  const named = names?.[name];
  if (named) return named;
  return name.replace(/\s*\(\s*/g, '（').replace(/\s*\)/g, '）').replace(/,\s+/g, '，');
}
