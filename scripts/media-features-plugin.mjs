// A web-test-runner command that emulates CSS media features the stock
// `emulateMedia` command leaves out (forced-colors), plus print media. In
// Chromium it speaks the DevTools protocol, which knows forced-colors; elsewhere
// it asks Puppeteer. Returns false where the browser cannot, so a test can skip.
const sessions = new WeakMap();

async function devtools(page) {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession().catch(() => null));
  return sessions.get(page);
}

export function mediaFeaturesPlugin() {
  return {
    name: 'cifras-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return false;
      const features = payload.features ?? [];
      try {
        const cdp = session.browser.type === 'puppeteer' && page.browser?.().process?.() !== undefined ? await devtools(page) : null;
        if (cdp) {
          await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
          return true;
        }
        await page.emulateMediaFeatures(features);
        if (payload.media !== undefined) await page.emulateMediaType(payload.media ?? undefined);
        return true;
      } catch {
        return false;
      }
    },
  };
}
