// dist/embed-resize.js — for pages that embed Cifras iframes: sizes each iframe
// to its content. Safe to include twice and to load after the iframes (it asks
// them for their height). Accepts only well-formed height messages, from a
// frame on this page, whose origin is the frame's own.
interface ResizeWindow extends Window { cifrasEmbedResize?: true }

(function install(w: ResizeWindow) {
  if (w.cifrasEmbedResize) return;
  w.cifrasEmbedResize = true;
  const frames = () => [...document.querySelectorAll<HTMLIFrameElement>('iframe[src*="embed.html"]')];
  const originOf = (frame: HTMLIFrameElement) => { try { return new URL(frame.src, location.href).origin; } catch { return ''; } };
  w.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== 'cifras:height' || typeof data.height !== 'number' || !(data.height > 0 && data.height < 20000)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    frame.style.height = `${Math.ceil(data.height)}px`;
  });
  const askFrame = (frame: HTMLIFrameElement) => frame.contentWindow?.postMessage({ type: 'cifras:request-height' }, originOf(frame) || '*');
  // A frame still on its first about:blank has not loaded (lazy, or slow): a message now would go to the wrong
  // origin (an error in the console). It reports its height itself when it loads; asking again then does no harm.
  const loaded = (frame: HTMLIFrameElement) => { try { return frame.contentWindow?.location.href !== 'about:blank'; } catch { return true; } };
  const watched = new WeakSet<HTMLIFrameElement>();
  const ask = () => {
    for (const frame of frames()) {
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
