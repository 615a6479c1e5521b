// Which elements the static snapshots show (the registry's widgets, with the
// attributes it gives), in which languages; each is rendered to dist/static/<name>.<lang>.*.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LANGS = ['en', 'es'];

/**
 * The snapshots to render, from the registry (src/widgets.ts, as the server bundle
 * exports it): each widget's own list, else one of its example attributes.
 */
export const snapshotsFrom = (widgets, snapshotsOf) => [...widgets].flatMap(([tag, widget]) => snapshotsOf(tag, widget).map((s) => ({ tag, ...s })));

/** The snapshots a build rendered, as it listed them in `<dir>/snapshots.json`. */
export const builtSnapshots = (dir) => JSON.parse(readFileSync(join(dir, 'snapshots.json'), 'utf8'));

/** Elements with no snapshot, and why. */
export const WITHOUT_SNAPSHOT = {
  'cifras-chart': 'it draws the page author’s own data, which the build does not have',
  'cifras-value': 'a number inside the author’s sentence: its fallback is the number itself',
  'cifras-cite': 'a citation marker inside the author’s prose',
  'cifras-sources': 'it lists the sources cited on the page it sits in',
};
