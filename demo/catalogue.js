// The widgets the gallery shows: one entry per element, in catalogue order.
export const WIDGETS = [
  {
    tag: 'cifras-budget-share',
    name: { en: 'Military share of the federal budget', es: 'Parte militar del presupuesto federal' },
    description: { en: 'One peso in five: the armed forces’ share of federal spending in 2024 against 2018, with the functions and funds moved to them.', es: 'Uno de cada cinco pesos: la parte del gasto federal de las Fuerzas Armadas en 2024 frente a 2018.' },
    sources: ['International Crisis Group (2024)'],
    attributes: '',
  },
  {
    tag: 'cifras-clashes-by-state',
    name: { en: 'Armed clashes by state', es: 'Enfrentamientos por estado' },
    description: { en: 'Confrontations reported by the defence ministry, 2020–2022, by state. Try highlight="Michoacán" or limit="3".', es: 'Enfrentamientos reportados por la Sedena, 2020–2022, por estado.' },
    sources: ['International Crisis Group (2024), from SEDENA data'],
    attributes: 'highlight="Michoacán"',
  },
  {
    tag: 'cifras-homicides-disappearances',
    name: { en: 'Homicides against disappearances', es: 'Homicidios y desapariciones' },
    description: { en: 'Official homicide counts by year and the registry of the disappeared on one time axis, every source shown where they disagree.', es: 'Homicidios por año y registro de personas desaparecidas en un mismo eje, con todas las fuentes.' },
    sources: ['International Crisis Group (2024)', 'Elementa DDHH (2024)', 'Felbab-Brown (2018)', 'Shirk (2019)'],
    attributes: '',
  },
];
