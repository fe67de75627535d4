/**
 * Reviewed exceptions to OpenCC's Simplified → Traditional (Taiwan phrasing) conversion of
 * the zh-Hans dictionaries (src/build/traditional.ts). Each entry is a Simplified phrase as it
 * appears in zh-Hans/*.ts and the Traditional form to write instead; the longest phrase wins
 * where two overlap. The rest of the text goes through OpenCC unchanged.
 *
 * Add an entry only for a phrase that is in the dictionaries (test/i18n/traditional.test.ts
 * fails on one that is not, and checks each entry's result on the page's words), and say why.
 * Company and product names stay as their owners write them (字节跳动 → 字節跳動 comes from
 * OpenCC; DeepSeek, Qwen and other Latin names are never touched).
 */
export interface Override {
  /** The Simplified phrase, as in the zh-Hans dictionaries. */
  hans: string;
  /** What the Traditional page shows instead. */
  hant: string;
  /** What OpenCC (cn → twp) gets wrong here. */
  why: string;
}

export const OVERRIDES: readonly Override[] = [
  { hans: '发布', hant: '發布', why: 'twp gives 釋出 (software jargon); 發布 is the Taiwan standard for publishing a release, a report, a model' },
  { hans: '公布', hant: '公布', why: 'twp gives the variant 公佈; 公布 is the Taiwan standard form (and what 發布 above pairs with)' },
  { hans: '类型', hant: '類型', why: 'twp gives 型別, which is a programming "data type"; here it is a kind of source, event or margin' },
  { hans: '参数', hant: '參數', why: 'twp gives 引數 (a function argument); model parameters are 參數 in Taiwan too' },
  { hans: '激活', hant: '激活', why: 'twp gives 啟用 ("enabled"); a mixture-of-experts model activates 37B parameters per token' },
  { hans: '脚本', hant: '腳本', why: 'twp gives 指令碼, and splits 本页脚本 as 本頁尾本 (页脚 = footer); a page script is 腳本' },
  { hans: '开源', hant: '開源', why: 'twp reads 开源代码 as 開原始碼 (源代码 = source code); it is 開源 + 程式碼' },
  { hans: '文件', hant: '文件', why: 'twp gives 檔案 (a computer file); regulatory filings and leaked documents are 文件' },
  { hans: '文件系统', hant: '檔案系統', why: 'DeepSeek 3FS is a file system: here 檔案 is right (the longer phrase wins over 文件)' },
  { hans: '支持', hant: '支持', why: 'twp gives 支援 (technical support); the numbers do not support (支持) a claim' },
  { hans: '发送', hant: '傳送', why: 'twp splits 被发送 as 被髮 + 送 (髮 = hair)' },
  { hans: '向', hant: '向', why: 'twp writes 晶片嚮應用; Taiwan standard uses 向 for "towards"' },
  { hans: '成本里', hant: '成本裡', why: 'twp leaves 里 here ("in the cost"); in Taiwan "in" is 裡 (OpenCC converts 这里, 那里 but misses this one)' },
  { hans: '投资方里', hant: '投資方裡', why: 'twp reads 方里 as the unit "square li" and leaves 里; "among its investors" is 投資方裡' },
  { hans: '私营', hant: '私營', why: 'twp splits 一家私营 as 一傢俬 + 營 (傢俬 = furniture)' },
  { hans: '账目', hant: '帳目', why: 'Taiwan writes accounts with 帳 (帳目, 帳單); twp keeps 賬' },
  { hans: '准则', hant: '準則', why: 'accounting standards (公认会计准则, GAAP) are 準則; twp leaves the Simplified 准' },
  { hans: '划算', hant: '劃算', why: 'twp keeps 划 in 划算 (worth it); the Traditional form of the word is written 劃算' },
  { hans: '报道', hant: '報導', why: 'Taiwan standard form of "news report" is 報導 (twp keeps 報道)' },
  { hans: '运行数据', hant: '營運資料', why: 'twp gives 執行資料 (program execution); this is a service’s operating data' },
  { hans: '地址栏', hant: '網址列', why: 'twp gives 位址列; Taiwan browsers call the address bar 網址列' },
  { hans: '萨姆·奥尔特曼', hant: '山姆·奧特曼', why: 'Sam Altman as Taiwan press writes him (twp: 薩姆·奧爾特曼)' },
  { hans: '奥尔特曼', hant: '奧特曼', why: 'Altman as Taiwan press writes him (twp: 奧爾特曼)' },
  { hans: '迪拜', hant: '杜拜', why: 'Dubai’s name in Taiwan (twp keeps 迪拜)' },
  { hans: '世界人工智能大会', hant: '世界人工智能大會', why: 'the Shanghai conference’s own name (WAIC); twp changes it to 人工智慧' },
  { hans: '百度智能云', hant: '百度智能雲', why: 'Baidu AI Cloud’s own name; twp changes it to 智慧雲' },
  { hans: '百度公布了智能云', hant: '百度公布了智能雲', why: 'the same Baidu product, named without 百度 right before it' },
  { hans: '百川智能', hant: '百川智能', why: 'Baichuan AI’s own name; twp changes it to 百川智慧' },
  { hans: '互联网大厂', hant: '網路大廠', why: 'twp gives 網際網路大廠; Taiwan says 網路大廠 for the big Internet companies' },
  { hans: '云智能集团', hant: '雲智能集團', why: 'Alibaba Cloud Intelligence Group’s own name; twp changes it to 雲智慧集團' },
  { hans: '昆仑万维', hant: '昆侖萬維', why: 'Kunlun Tech’s name character for character; twp uses the variant 崑崙' },
  { hans: '谷歌云', hant: 'Google Cloud', why: 'Google writes its name in Latin letters in Taiwan; 谷歌 is the mainland name' },
  { hans: '和谷歌的', hant: '和 Google 的', why: 'the same, in running text (spaced like every Latin name on the page)' },
  { hans: '谷歌 Gemini', hant: 'Google Gemini', why: 'the same: Google’s model named as Taiwan writes it (twp keeps 谷歌)' },
];
