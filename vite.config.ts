import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { prerender, devPages } from './src/build/prerender.ts';
import { svelteOptions } from './src/build/svelteOptions.ts';
import { traditionalChinese } from './src/build/traditional.ts';

export default defineConfig({
  base: './',
  publicDir: 'static',
  resolve: {
    // Scales here map numbers to numbers: d3-scale gets a numbers-only d3-interpolate
    // (src/lib/chart/interpolateNumbers.ts says why).
    alias: [{ find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/lib/chart/interpolateNumbers.ts', import.meta.url)) }],
  },
  plugins: [
    traditionalChinese(),
    svelte(svelteOptions),
    prerender(),
    devPages(),
  ],
  build: {
    // DIST_DIR lets parallel work build and test in its own folder; CI uses dist/.
    outDir: process.env.DIST_DIR ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // One stylesheet, linked from every page: the prerendered islands are styled before their
    // script arrives (per-island CSS would load with each island, after the first paint).
    cssCodeSplit: false,
    rollupOptions: {
      output: {
        // Dictionary parts are named by language (en-calculator-….js): a page loads one language.
        chunkFileNames: (chunk) => {
          const lang = /\/i18n\/(en|zh-Hans|zh-Hant)\//.exec(chunk.facadeModuleId ?? '');
          return lang ? `assets/${lang[1]}-[name]-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // Some tests render every page of the build: seconds, more on a busy machine.
          testTimeout: 30_000,
          exclude: ['test/browser/**', 'test/build/**'],
          environment: 'node',
          setupFiles: ['test/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Everything that needs the built site: checks over dist/ and real Chromium.
          name: 'browser',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
