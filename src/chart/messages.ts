import type { Lang } from './locale.js';

/** Every string an element shows, in both languages. */
export const MESSAGES = {
  en: {
    sources: 'Sources',
    source: 'Source',
    note: 'Note',
    notes: 'Notes',
    section: 'section',
    footnote: 'note',
    page: 'p.',
    primarySource: 'Original data',
    derived: 'Derived',
    derivedFrom: 'Calculated from',
    evidence: 'The document says',
    footnoteLink: (n: number) => `Source ${n}`,
    unknownFigure: (id: string) => `No figure with the id “${id}”.`,
    missingFigure: 'No figure chosen: set the figure attribute to a figure id.',
    didYouMean: 'Did you mean',
    errorTitle: 'This chart cannot be shown',
    table: 'Table',
    chart: 'Chart',
    showTable: 'Show the data as a table',
    showChart: 'Show the chart',
    value: 'Value',
    period: 'Period',
    category: 'Category',
    geography: 'Place',
    disagreement: 'Sources disagree',
    otherSourceSays: 'another source gives',
    change: 'Change',
  },
  es: {
    sources: 'Fuentes',
    source: 'Fuente',
    note: 'Nota',
    notes: 'Notas',
    section: 'sección',
    footnote: 'nota',
    page: 'p.',
    primarySource: 'Datos originales',
    derived: 'Cálculo propio',
    derivedFrom: 'Calculado a partir de',
    evidence: 'El documento dice',
    footnoteLink: (n: number) => `Fuente ${n}`,
    unknownFigure: (id: string) => `No hay una cifra con el identificador «${id}».`,
    missingFigure: 'No se eligió una cifra: indique su identificador en el atributo figure.',
    didYouMean: '¿Quiso decir',
    errorTitle: 'No se puede mostrar esta gráfica',
    table: 'Tabla',
    chart: 'Gráfica',
    showTable: 'Ver los datos en una tabla',
    showChart: 'Ver la gráfica',
    value: 'Valor',
    period: 'Periodo',
    category: 'Categoría',
    geography: 'Lugar',
    disagreement: 'Las fuentes no coinciden',
    otherSourceSays: 'otra fuente da',
    change: 'Cambio',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)['en'];

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
