// Finds the machine's Chromium and Firefox; the tests never download a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = {
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** Flags for Chromium as root on a machine with a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  // No chrome://omnibox-popup renderer, which this Chromium otherwise starts for every new browser context (about a second of CPU each).
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** Debian packages that provide the browsers. */
export const DEBIAN_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr' };

/** Paths of the browsers present (undefined where missing). */
export function findBrowsers() {
  const pick = (list) => list.find((path) => path && existsSync(path));
  return { chromium: pick(CANDIDATES.chromium), firefox: pick(CANDIDATES.firefox) };
}

/** True when this process may install Debian packages itself. */
export function canAptInstall() {
  try {
    return process.getuid?.() === 0 && execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'pipe' }).length > 0;
  } catch {
    return false;
  }
}
