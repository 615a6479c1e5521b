// dist/embed-resize.js — for pages that embed Cifras iframes: sizes each iframe
// to its content. Safe to include twice and to load after the iframes (it asks
// them for their height). Accepts only well-formed height messages from the
// window of an iframe on this page, sent from the origin this script is served
// from (where Cifras' embed page is), and keeps heights between 100 and 10,000 px.
interface ResizeWindow extends Window { cifrasEmbedResize?: true }

(function install(w: ResizeWindow) {
  if (w.cifrasEmbedResize) return;
  w.cifrasEmbedResize = true;
  // The embed page is served beside this script (as a classic script, its own address; see rollup.config.mjs).
  const expected = new URL(import.meta.url).origin;
  const frames = () => [...document.querySelectorAll('iframe')];
  const originOf = (frame: HTMLIFrameElement) => { try { return new URL(frame.src, location.href).origin; } catch { return ''; } };
  w.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (event.origin !== expected || !data || data.type !== 'cifras:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${Math.min(10000, Math.max(100, Math.ceil(data.height)))}px`;
  });
  const askFrame = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage({ type: 'cifras:request-height' }, expected);
  // A frame still on its first about:blank has not loaded (lazy, or slow): a message now would go to the wrong
  // origin (an error in the console). It reports its height itself when it loads; asking again then does no harm.
  const loaded = (frame: HTMLIFrameElement) => { try { return frame.contentWindow?.location.href !== 'about:blank'; } catch { return true; } };
  const watched = new WeakSet<HTMLIFrameElement>();
  const ask = () => {
    for (const frame of frames().filter((f) => originOf(f) === expected)) {
      // (Firefox may fire load for the blank page too.)
      if (!watched.has(frame)) frame.addEventListener('load', () => loaded(frame) && askFrame(frame));
      watched.add(frame);
      if (loaded(frame)) askFrame(frame);
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
  w.addEventListener('load', ask);
})(window as ResizeWindow);

export {};
