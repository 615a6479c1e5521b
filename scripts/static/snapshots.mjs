// Which elements the static snapshots show, and with which attributes.
// Each is rendered in every language to dist/static/<name>.<lang>.html.

export const LANGS = ['en', 'es'];

/** `name` is the file name's stem: the tag, or the tag and what is shown. */
export const SNAPSHOTS = [
  { tag: 'cifras-budget-share' },
  { tag: 'cifras-clashes-by-state' },
  { tag: 'cifras-homicides-disappearances' },
  { tag: 'cifras-disappearances' },
  { tag: 'cifras-troop-deployment' },
  { tag: 'cifras-clash-rate' },
  { tag: 'cifras-guard-composition' },
  { tag: 'cifras-seizures' },
  { tag: 'cifras-impunity' },
  { tag: 'cifras-electoral-violence' },
  { tag: 'cifras-arrests' },
  { tag: 'cifras-extraditions' },
  // Tables of the dataset that no dedicated chart draws.
  ...['armed-groups', 'households-crime-victim', 'treatment-demand-2022', 'homicide-rates'].map((table) => ({
    tag: 'cifras-table-chart', name: `cifras-table-chart.${table}`, attributes: { table },
  })),
  // Key figures: a few single numbers and one comparison.
  ...['icg.military-budget-share.2024', 'icg.military-deployed-streets-2024', 'icg.disappeared-registry-total-2024', 'elementa.crimes-conviction-2022'].map((figure) => ({
    tag: 'cifras-key-figure', name: `cifras-key-figure.${figure}`, attributes: { figure },
  })),
  {
    tag: 'cifras-key-figure', name: 'cifras-key-figure.icg.homicides.2018-2022',
    attributes: { figure: 'icg.homicides.2022', compare: 'icg.homicides.2018' },
  },
].map((snapshot) => ({ name: snapshot.tag, attributes: {}, ...snapshot }));

/** Elements with no snapshot, and why. */
export const WITHOUT_SNAPSHOT = {
  'cifras-chart': 'it draws the page author’s own data, which the build does not have',
  'cifras-value': 'a number inside the author’s sentence: its fallback is the number itself',
  'cifras-cite': 'a citation marker inside the author’s prose',
  'cifras-sources': 'it lists the sources cited on the page it sits in',
};
