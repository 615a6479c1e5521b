// What every bench script does around its measurements: build, find Chromium,
// say which code it measured, and end on an error with its message.
import { spawnSync } from 'node:child_process';
import { findBrowsers } from '../browsers.mjs';

const log = (message) => process.stderr.write(`${message}\n`);

/** Runs `npm run build` unless `skip`; exits when the build fails. */
export function buildFirst(root, name, skip) {
  if (skip) return;
  log('npm run build …');
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) {
    log(`${name}: the build failed; nothing measured.`);
    process.exit(1);
  }
}

/** The machine's Chromium; exits, saying how to install it, when there is none. */
export function chromiumOrExit(name) {
  const { chromium } = findBrowsers();
  if (chromium) return chromium;
  log(`${name}: no Chromium found. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return process.exit(1);
}

/** Which code was measured: "src/ as of commit `abc1234`", and whether it had uncommitted changes. */
export function sourceVersion(root) {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim();
  const rev = git('log', '-1', '--format=%h', '--', 'src');
  return `src/ as of commit ${rev ? `\`${rev}\`` : 'unknown'}${git('status', '--porcelain', 'src') ? ' with uncommitted changes' : ''}`;
}

/** Runs the script's main function; an error ends the process with its message. */
export function run(main) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
