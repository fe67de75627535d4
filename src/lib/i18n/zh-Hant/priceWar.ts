/**
 * 繁體中文: never read from this file. src/build/traditional.ts serves it as ../zh-Hans/priceWar.ts
 * converted to Traditional Chinese at build time; this placeholder only gives it a type, and
 * fails loudly if the plugin is ever missing (rather than showing Simplified words).
 */
import type { priceWar as hans } from '../zh-Hans/priceWar';

export const priceWar: typeof hans = (() => {
  throw new Error('zh-Hant/priceWar.ts is served by the traditional-chinese Vite plugin (src/build/traditional.ts)');
})();
