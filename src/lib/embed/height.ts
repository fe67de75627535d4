/**
 * An embed tells its host page how tall it is, so embed-resize.js can size the iframe: on
 * every size change (a ResizeObserver, no polling). The message carries the height only:
 * no address, nothing about the reader. Plain DOM, no framework: it runs before any island.
 */
import { HEIGHT_MESSAGE } from './registry';

export function postHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = 0;
  const post = () => {
    const height = Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    }
  };
  const observer = new ResizeObserver(post);
  observer.observe(win.document.body);
  post();
  return () => observer.disconnect();
}
