// Browser tests in the machine's own Chromium and Firefox (no browser download):
// see scripts/browsers.mjs for how they are found.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { citeprocEsmPlugin } from './scripts/citeproc-esm-plugin.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { findBrowsers, CHROMIUM_FLAGS } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { mediaFeaturesPlugin } from './scripts/media-features-plugin.mjs';
import { filePlugin } from '@web/test-runner-commands/plugins';
import { frameworksPlugin } from './tests/frameworks/frameworks-plugin.mjs';
import { heapUsagePlugin } from './tests/hosts/heap-usage-plugin.mjs';
import { pastedPagePlugin } from './tests/hosts/pasted-page-plugin.mjs';
import { svgSnapshotsPlugin } from './tests/components/svg-snapshots-plugin.mjs';
import { elementFoldersPlugin } from './tests/components/element-folders-plugin.mjs';

const found = findBrowsers();
const wanted = (process.env.CIFRAS_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [];
if (found.chromium && wanted.includes('chromium')) {
  browsers.push(chromeLauncher({
    launchOptions: { executablePath: found.chromium, headless: true, args: CHROMIUM_FLAGS },
  }));
}
if (found.firefox && wanted.includes('firefox')) {
  // Puppeteer sets the screen orientation with every viewport, a WebDriver BiDi command that Firefox has
  // only from version 144: Firefox ESR 140 answers "unknown command" and every test file fails. Tolerated,
  // as Puppeteer itself tolerates the missing touch override; the tests need the viewport, not the orientation.
  const setOrientation = BrowsingContext.prototype.setScreenOrientationOverride;
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      await setOrientation.apply(this, args);
    } catch (error) {
      if (!/unknown command|unsupported operation/.test(String(error?.message))) throw error;
    }
  };
  browsers.push(chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: found.firefox, headless: true },
  }));
}

// The runner sends a failed assertion's actual and expected values through structuredClone, which throws
// for a DOM node, and the run then hangs instead of reporting the failure
// (modernweb-dev/web#2967, open-wc/open-wc#2880). Nodes go as their markup instead.
const cloneableFailures = `{
  const clone = structuredClone;
  const asText = (key, value) => value instanceof Node ? (value.outerHTML ?? value.nodeName).slice(0, 300) : value;
  window.structuredClone = (value, options) => {
    try { return clone(value, options); } catch (error) {
      if (error.name !== 'DataCloneError') throw error;
      return JSON.parse(JSON.stringify(value, asText));
    }
  };
}`;

// Lit's notice that it runs in dev mode comes with every test file's page: shown with the first only.
let litDevModeShown = false;
const oncePerRun = ({ args }) => {
  if (!String(args[0]).startsWith('Lit is in dev mode')) return true;
  const first = !litDevModeShown;
  litDevModeShown = true;
  return first;
};

export default {
  files: ['tests/**/*.test.ts'],
  filterBrowserLogs: oncePerRun,
  nodeResolve: true,
  // One page at a time: layout, ResizeObserver and focus need a foreground tab.
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  // Snapshot tests rewrite their fixtures when this is set (after a deliberate change); the SVG snapshots
  // read it in svgSnapshotsPlugin.
  testRunnerHtml: (testFramework) => `<html><body><script>window.CIFRAS_UPDATE_FIXTURES = ${process.env.CIFRAS_UPDATE_FIXTURES === '1'};${cloneableFailures}</script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 600000,
  plugins: [citeprocEsmPlugin(), esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin(), filePlugin(), frameworksPlugin(), heapUsagePlugin(), pastedPagePlugin(), svgSnapshotsPlugin(), elementFoldersPlugin()],
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countingReporter('.wtr-summary.json')],
};
