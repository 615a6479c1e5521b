// What the gallery shows of each widget of the registry (src/widgets.ts), which gives the order: a card or
// more, each with a name, a one-line description, the attributes its preview shows (and an id of its own for a
// second card of one widget).
const CARDS = [
  { tag: 'cifras-budget-share', name: 'Military share of the federal budget', description: 'One peso in five: the armed forces’ share of federal spending in 2024 against 2018, with the functions and funds moved to them.' },
  { tag: 'cifras-clashes-by-state', name: 'Armed clashes by state', description: 'Confrontations reported by the defence ministry, 2020–2022. Attributes: highlight (a state to mark, here Michoacán) and limit (only the N states with most clashes).', attributes: 'highlight="Michoacán"' },
  { tag: 'cifras-clashes-by-state', id: 'clashes-by-state-map', name: 'Armed clashes by state, as a map', description: 'The same clashes on a tile map of the 32 states (view="map"; cifras-arrests and cifras-seizures take it too): the six states the report names coloured by their clashes, the other 26 marked as not broken down by the source, with their total.', attributes: 'view="map"' },
  { tag: 'cifras-homicides-disappearances', name: 'Homicides and disappearances', description: 'Homicides by year as columns on a time axis, the years no document counts left empty and the presidential terms shaded, over the registry of the disappeared; every source shown where they disagree.' },
  { tag: 'cifras-disappearances', name: 'The registry of the disappeared', description: 'People disappeared and not located as each document counts them, the government’s census beside them, and those registered during López Obrador’s term.' },
  { tag: 'cifras-troop-deployment', name: 'Troop deployment', description: 'Military personnel deployed in public security from 2012 to April 2024 as columns on a time axis, the National Guard’s years shaded and the differing counts side by side.' },
  { tag: 'cifras-clash-rate', name: 'Clashes by presidency', description: 'Monthly clashes and casualties among suspected criminals under Calderón, Peña Nieto and López Obrador.' },
  { tag: 'cifras-guard-composition', name: 'National Guard composition', description: 'How much of the National Guard comes from the military, and its head count against real positions.' },
  { tag: 'cifras-seizures', name: 'Drug seizures', description: 'Seizures by substance counted by events and by weight — the measure changes the story — and by state.' },
  { tag: 'cifras-impunity', name: 'From crime to conviction', description: 'Crimes reported, investigated and ending in conviction in 2022, and impunity overall and for murder.' },
  { tag: 'cifras-electoral-violence', name: 'Electoral violence', description: 'Candidates killed in each electoral cycle since 2017–2018, and police killed during the term.' },
  { tag: 'cifras-arrests', name: 'Arrests', description: 'Drug-related arrests and the defence ministry’s arrests by state, 2018–2023.' },
  { tag: 'cifras-extraditions', name: 'Extraditions', description: 'Extraditions approved under Peña Nieto and López Obrador, in total and per year.' },
  { tag: 'cifras-table-chart', name: 'Any dataset table', description: 'Any table of the dataset as bars, e.g. the number of criminal groups. Attribute: table="armed-groups".', attributes: 'table="armed-groups"' },
  { tag: 'cifras-key-figure', name: 'Key figure', description: 'One number as a card, or two with the change between them. Attributes: figure, compare, variant.', attributes: 'figure="icg.homicides.2022" compare="icg.homicides.2018"' },
];

/** The cards of each widget, by tag. */
export const DESCRIPTIONS = CARDS.reduce((byTag, card) => ({ ...byTag, [card.tag]: [...(byTag[card.tag] ?? []), card] }), {});
