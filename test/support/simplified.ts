/**
 * Characters that Traditional Chinese does not write, from OpenCC's own tables: those its
 * Simplified → Traditional table changes (这 → 這) and that appear nowhere on the Traditional
 * side of its tables (the targets of STCharacters, the sources of TSCharacters, the Taiwan
 * forms of TWVariants). Used by the zh-Hant tests (test/i18n, test/build).
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';

const table = (dict: string) => dict.split('|').map((entry) => entry.split(' '));

const TRADITIONAL = new Set([
  ...table(STCharacters).flatMap(([, ...t]) => t),
  ...table(TSCharacters).map(([t]) => t!),
  ...table(TWVariants).flatMap(([, ...t]) => t),
]);

export const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(
  table(STCharacters)
    .filter(([s, ...t]) => s && t.length && !t.includes(s) && !TRADITIONAL.has(s))
    .map(([s]) => s!),
);

/**
 * A few of those are also Traditional characters in their own right, in a name: the only
 * places where Traditional text may have them.
 */
export const NAMES_WITH_SHARED_CHARACTERS = [
  '阿里', // 阿里巴巴, 阿里雲: Alibaba's own name (里 is not 裡 here)
];

/** The Simplified-only characters in a text, in order (names above left out). */
export function simplifiedIn(s: string): string[] {
  const text = NAMES_WITH_SHARED_CHARACTERS.reduce((acc, name) => acc.split(name).join(''), s);
  return [...text].filter((c) => SIMPLIFIED_ONLY.has(c));
}
