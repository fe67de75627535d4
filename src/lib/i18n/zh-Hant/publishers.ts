/**
 * 繁體中文: never read from this file. src/build/traditional.ts serves it as ../zh-Hans/publishers.ts
 * converted to Traditional Chinese at build time; this placeholder only gives it a type, and
 * fails loudly if the plugin is ever missing (rather than showing Simplified words).
 */
import type { publishers as hans } from '../zh-Hans/publishers';

export const publishers: typeof hans = (() => {
  throw new Error('zh-Hant/publishers.ts is served by the traditional-chinese Vite plugin (src/build/traditional.ts)');
})();
