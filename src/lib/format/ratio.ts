/** Text for a ratio that may not be defined: the number, or "—" with the reason. */
import type { Ratio } from '../model/ratio';

export interface NotDefinedWords {
  dash: string;
  zeroCost: string;
  zeroRevenue: string;
  zeroOutput: string;
}

export function describeRatio(
  r: Ratio,
  format: (v: number) => string,
  words: NotDefinedWords,
): { text: string; reason?: string } {
  if (r.ok) return { text: format(r.value) };
  const reason = r.reason === 'zero-cost' ? words.zeroCost : r.reason === 'zero-revenue' ? words.zeroRevenue : words.zeroOutput;
  return { text: words.dash, reason };
}
