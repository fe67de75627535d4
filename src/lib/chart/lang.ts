/**
 * Which language a piece of text is in, for the `lang` attribute (WCAG 3.1.2): a source's
 * title, publisher or quote stays in its own language, so the English page carries Chinese
 * text (and the Chinese page, Traditional Chinese filings). Screen readers switch voice on
 * `lang`, and browsers pick the right CJK glyphs. Pure: no DOM.
 *
 * Heuristic, for the short strings the page cites: a text is Chinese when it has at least
 * one Han character for every two Latin words ("速递 Perplexity 折扣吞噬近半营收" is
 * Chinese; "Robin Li internal speech (每日经济新闻 / NBD)" is English naming a Chinese
 * paper). In a text that is not Chinese as a whole, each run of Chinese (from its first to
 * its last CJK character, without a Latin letter in between) is marked by itself.
 * Traditional or Simplified is told by characters that exist in only one of the two.
 */

export type ChineseTag = 'zh-Hans' | 'zh-Hant';

/** Han ideographs (basic, extension A, compatibility) and the supplementary planes. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
const HAN_ALL = new RegExp(HAN.source, 'gu');
/** CJK punctuation, full-width forms, Han: characters that belong to a Chinese run. */
const CJK_SRC = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u{20000}-\\u{3134f}';
const LATIN_LETTER_SRC = 'A-Za-z\\u00c0-\\u024f';
/** A run: CJK at both ends, nothing Latin in between. */
const RUN = new RegExp(`[${CJK_SRC}](?:[^${LATIN_LETTER_SRC}]*[${CJK_SRC}])?`, 'gu');
const LATIN_WORD = new RegExp(`[${LATIN_LETTER_SRC}]+`, 'gu');

// Characters written differently in the two scripts, as pairs: Traditional, then Simplified.
const PAIRS =
  '們们 個个 來来 說说 時时 會会 國国 過过 發发 業业 產产 務务 營营 總总 額额 較较 實实 開开 關关 頭头 見见 長长 門门 問问 體体 幣币 萬万 與与 這这 為为 經经 調调 團团 雲云 對对 從从 還还 進进 現现 點点 電电 網网 報报 樣样 麼么 讓让 億亿 連连 華华 動动 學学 聯联 運运 際际 當当 買买 賣卖 區区 歷历 車车 應应 費费 達达 選选 擇择 計计 統统 據据 認认 識识 場场 質质 術术 轉转 傳传 濟济 聞闻 語语 齊齐';
const TRADITIONAL = new Set(PAIRS.split(' ').map((p) => p[0]));
const SIMPLIFIED = new Set(PAIRS.split(' ').map((p) => p[1]));

/** The number of Han characters in the text. */
function hanCount(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0;
}

/**
 * Traditional or Simplified, by the characters only one script has; `fallback` (Simplified
 * unless told) when there is no evidence either way, as in 歸根結底, which has none of them.
 */
export function chineseScript(text: string, fallback: ChineseTag = 'zh-Hans'): ChineseTag {
  let t = 0;
  let s = 0;
  for (const ch of text) {
    if (TRADITIONAL.has(ch)) t++;
    else if (SIMPLIFIED.has(ch)) s++;
  }
  return t > s ? 'zh-Hant' : s > t ? 'zh-Hans' : fallback;
}

/** The text's language if it is Chinese as a whole; null otherwise (English, numbers, mixed). */
export function langOf(text: string, fallback: ChineseTag = 'zh-Hans'): ChineseTag | null {
  const han = hanCount(text);
  if (han === 0) return null;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han >= 2 * words ? chineseScript(text, fallback) : null;
}

export interface LangRun {
  text: string;
  /** Set where the run's language differs from the page's. */
  lang?: ChineseTag;
}

/** Is the page (or element) language this Chinese script? "zh", "zh-CN" count as Simplified. */
function sameChinese(pageLang: string, tag: ChineseTag): boolean {
  const p = pageLang.toLowerCase();
  if (!p.startsWith('zh')) return false;
  const traditional = /^zh-(hant|tw|hk|mo)\b/.test(p);
  return traditional === (tag === 'zh-Hant');
}

/**
 * The text cut into runs, each Chinese run tagged with its language where it differs from
 * the page's (`pageLang`, e.g. ui.locale). On a page in the same script, one untagged run.
 */
export function langRuns(text: string, pageLang: string): LangRun[] {
  if (!text) return [];
  // Chinese with no character that tells the scripts apart is taken to be the page's own.
  const fallback: ChineseTag = sameChinese(pageLang, 'zh-Hant') ? 'zh-Hant' : 'zh-Hans';
  const whole = langOf(text, fallback);
  if (whole) return [sameChinese(pageLang, whole) ? { text } : { text, lang: whole }];
  if (hanCount(text) === 0) return [{ text }];
  const runs: LangRun[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    if (hanCount(m[0]) === 0) continue; // full-width punctuation alone is not Chinese text
    const tag = chineseScript(m[0], fallback);
    if (sameChinese(pageLang, tag)) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[0], lang: tag });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
