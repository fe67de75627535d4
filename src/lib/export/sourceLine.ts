/**
 * The compact source line of a chart: its publishers, each once, in order; after three,
 * "and N more". Shown on embeds and drawn into downloaded images. Pure: no DOM.
 */
import { fill } from '../i18n';

export interface SourceLineWords {
  sourceLine: string;
  sourceMore: string;
}

export const SOURCE_LINE_NAMES = 3;

export function sourceLine(publishers: readonly string[], words: SourceLineWords, max = SOURCE_LINE_NAMES): string {
  const unique = [...new Set(publishers.map((p) => p.trim()).filter(Boolean))];
  if (unique.length === 0) return '';
  // Chinese lists take the enumeration comma 、 when the words do (the colon tells).
  const sep = /[\u3000-\u9fff]/.test(words.sourceLine) ? '、' : ', ';
  const shown = unique.slice(0, max).join(sep);
  const list = unique.length > max ? fill(words.sourceMore, { list: shown, n: unique.length - max }) : shown;
  return fill(words.sourceLine, { list });
}
