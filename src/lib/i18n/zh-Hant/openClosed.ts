/**
 * 繁體中文: never read from this file. src/build/traditional.ts serves it as ../zh-Hans/openClosed.ts
 * converted to Traditional Chinese at build time; this placeholder only gives it a type, and
 * fails loudly if the plugin is ever missing (rather than showing Simplified words).
 */
import type { openClosed as hans } from '../zh-Hans/openClosed';

export const openClosed: typeof hans = (() => {
  throw new Error('zh-Hant/openClosed.ts is served by the traditional-chinese Vite plugin (src/build/traditional.ts)');
})();
