import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { prerender, devPages } from './src/build/prerender.ts';
import { svelteOptions } from './src/build/svelteOptions.ts';

export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [
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
  },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
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
