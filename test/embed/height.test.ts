// @vitest-environment jsdom
import { describe, it, expect, vi } from 'vitest';
import { postHeight } from '../../src/lib/embed/height';
import { HEIGHT_MESSAGE } from '../../src/lib/embed/registry';

describe('postHeight: what an embed tells its host', () => {
  it('posts its height and nothing else: no address, nothing about the reader', () => {
    const posted: unknown[] = [];
    const parent = { postMessage: vi.fn((m: unknown) => posted.push(m)) };
    const win = { document, parent } as unknown as Window;
    document.documentElement.getBoundingClientRect = () => ({ height: 812.4 }) as DOMRect;
    const stop = postHeight(win);
    expect(posted).toEqual([{ type: HEIGHT_MESSAGE, height: 813 }]);
    expect(JSON.stringify(posted)).not.toMatch(/href|http|location/);
    stop();
  });

  it('does nothing on a page that is not in a frame', () => {
    const win = { document, get parent() { return win; } } as unknown as Window;
    expect(() => postHeight(win)()).not.toThrow();
  });
});
