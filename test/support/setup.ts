import '@testing-library/jest-dom/vitest';

// jsdom has no layout: give components a ResizeObserver that never fires, so charts
// keep their default width (the same one the server render uses).
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoopResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = NoopResizeObserver;
}

// Components read the dictionaries synchronously; the app loads them before it renders.
import { loadLocale } from '../../src/lib/i18n';
await loadLocale('en');
