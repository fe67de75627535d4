/**
 * 繁體中文: never read from this file. src/build/traditional.ts serves it as ../zh-Hans/common.ts
 * converted to Traditional Chinese at build time; this placeholder only gives it a type, and
 * fails loudly if the plugin is ever missing (rather than showing Simplified words).
 */
import type { common as hans } from '../zh-Hans/common';

export const common: typeof hans = (() => {
  throw new Error('zh-Hant/common.ts is served by the traditional-chinese Vite plugin (src/build/traditional.ts)');
})();
