import type { Lang } from './locale.js';
import { capped } from '../data/echo.js';

/** What a citation marker is called, for every element that cites. */
export const CITATION_MESSAGES = {
  en: { footnoteLink: (n: number) => `Source ${n}` },
  es: { footnoteLink: (n: number) => `Fuente ${n}` },
} satisfies Record<Lang, Record<string, unknown>>;

/** The words of a place in a document: "section II, note 12" (and "p. 4", the same in both languages). */
export const LOCATOR_MESSAGES = {
  en: { section: 'Section', paragraph: 'Paragraph', footnote: 'note' },
  es: { section: 'Sección', paragraph: 'Párrafo', footnote: 'nota' },
} satisfies Record<Lang, Record<string, unknown>>;

/** The strings every chart and card shows, in both languages. Strings of one feature sit in their own table below, so that an element bundles only those it uses. */
export const MESSAGES = {
  en: {
    sources: 'Sources',
    source: 'Source',
    primarySource: 'Primary sources',
    derived: 'Derived',
    note: 'Note',
    showEvidence: (n: number) => (n === 1 ? 'Quote and location in the document' : `${n} quotes and their location in the document`),
    didYouMean: 'Did you mean',
    errorTitle: 'This chart cannot be shown',
    // A toggle: pressed, the table stands in for the chart. Its name stays the same.
    table: 'Table',
    disagreement: 'Where the sources disagree',
    marksLabel: 'Chart values. Use the arrow keys to move between them.',
    actionsLabel: 'Chart tools',
    cite: 'Cite',
    downloadData: 'Get the data',
    saveImage: 'Save image',
    embed: 'Embed',
    sourcesAndNotes: 'Sources and notes',
    sourceLine: (names: string[]) => `${names.length > 1 ? 'Sources' : 'Source'}: ${names.join('; ')}`,
    credit: 'Chart: Cifras',
    disagreeNote: (n: number) => (n === 1 ? 'The sources disagree on one figure: see Sources and notes.' : `The sources disagree on ${n} figures: see Sources and notes.`),
    loading: 'Loading…',
    loadFailed: 'This could not be loaded.',
    closePanel: 'Close',
    otherStates: 'Other states (combined)',
    derivedMark: 'derived',
  },
  es: {
    sources: 'Fuentes',
    source: 'Fuente',
    primarySource: 'Fuentes primarias',
    derived: 'Cálculo propio',
    note: 'Nota',
    showEvidence: (n: number) => (n === 1 ? 'Cita y ubicación en el documento' : `${n} citas y su ubicación en el documento`),
    didYouMean: '¿Quiso decir',
    errorTitle: 'No se puede mostrar esta gráfica',
    table: 'Tabla',
    disagreement: 'Discrepancias entre las fuentes',
    marksLabel: 'Valores de la gráfica. Use las flechas para recorrerlos.',
    actionsLabel: 'Herramientas de la gráfica',
    cite: 'Citar',
    downloadData: 'Obtener los datos',
    saveImage: 'Guardar imagen',
    embed: 'Insertar',
    sourcesAndNotes: 'Fuentes y notas',
    sourceLine: (names: string[]) => `${names.length > 1 ? 'Fuentes' : 'Fuente'}: ${names.join('; ')}`,
    credit: 'Gráfica: Cifras',
    disagreeNote: (n: number) => (n === 1 ? 'Las fuentes discrepan en una cifra: vea Fuentes y notas.' : `Las fuentes discrepan en ${n} cifras: vea Fuentes y notas.`),
    loading: 'Cargando…',
    loadFailed: 'No se pudo cargar.',
    closePanel: 'Cerrar',
    otherStates: 'Otros estados (en conjunto)',
    derivedMark: 'cálculo propio',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)['en'];

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** The table view's column heads (it loads on first use). */
export const TABLE_MESSAGES = {
  en: {
    value: 'Value',
    period: 'Period',
    category: 'Category',
    geography: 'Place',
  },
  es: {
    value: 'Valor',
    period: 'Periodo',
    category: 'Categoría',
    geography: 'Lugar',
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** What a `<cifras-chart>` says of rows past its maximum (limits.ts): numbers come formatted. */
export const LIMIT_MESSAGES = {
  en: {
    rowsLeftOut: (drawn: string, total: string) => `The chart, its table and its downloads show the first ${drawn} of ${total} rows. To show them all, group the rows (by year or by category, say) or split them across several charts.`,
  },
  es: {
    rowsLeftOut: (drawn: string, total: string) => `La gráfica, su tabla y sus descargas muestran las primeras ${drawn} de ${total} filas. Para mostrarlas todas, agrupe las filas (por año o por categoría, por ejemplo) o repártalas en varias gráficas.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The page's source list. */
export const SOURCES_MESSAGES = {
  en: {
    sourcesTitle: 'Sources',
    backTo: (n: number) => `Back to citation ${n}`,
    noCitations: 'No sources are cited on this page yet.',
  },
  es: {
    sourcesTitle: 'Fuentes',
    backTo: (n: number) => `Volver a la cita ${n}`,
    noCitations: 'Esta página todavía no cita fuentes.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** What the elements that take a figure or source id say of it: key figures, values, citations. */
export const ID_MESSAGES = {
  en: {
    unknownFigure: (id: string) => `No figure with the id “${capped(id)}”.`,
    unknownSource: (id: string) => `No source with the id “${capped(id)}”.`,
    otherSourceSays: (source: string, value: string, period: string) => `${source} gives ${value} for ${period}.`,
    sameSourceSays: (value: string, period: string, measure: string) => `It also gives ${value} for ${period}: ${measure}.`,
  },
  es: {
    unknownFigure: (id: string) => `No hay una cifra con el identificador «${capped(id)}».`,
    unknownSource: (id: string) => `No hay una fuente con el identificador «${capped(id)}».`,
    otherSourceSays: (source: string, value: string, period: string) => `${source} da ${value} para ${period}.`,
    sameSourceSays: (value: string, period: string, measure: string) => `También da ${value} para ${period}: ${measure}.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

/** The key figure card's own strings. */
export const FIGURE_MESSAGES = {
  en: {
    missingFigure: 'No figure chosen: set the figure attribute to a figure id.',
    change: 'Change',
    changeCalculated: 'Change calculated by Cifras',
  },
  es: {
    missingFigure: 'No se eligió una cifra: indique su identificador en el atributo figure.',
    change: 'Cambio',
    changeCalculated: 'Cambio calculado por Cifras',
  },
} satisfies Record<Lang, Record<string, unknown>>;
