import { checkCustomData, CustomDataError, parseJson, type CustomDataProblem } from './custom-data.js';
import type { Dataset, Localized } from './types.js';

type Lang = keyof Localized;
// Each problem's words take that problem's own details (CustomDataError.details).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Words = Record<CustomDataProblem, (...details: any[]) => string>;

const EN: Words = {
  // Chromium's own words already end "… is not valid JSON": the lead-in does not say it again.
  json: (parser: string) => `The chart's data cannot be read as JSON: ${parser}`,
  shape: () => 'The chart\'s data must be an object with "sources" and "data".',
  'no-sources': () => 'The chart\'s data has no "sources": list at least one source, e.g. { "id": "inegi", "title": "…" }.',
  'no-data': () => 'The chart\'s data has no "data": give an array of { "label", "value", "source" }.',
  unit: (unit: string, units: string) => `"unit" is ${unit}; use one of ${units}.`,
  title: () => '"title" must be text.',
  subtitle: () => '"subtitle" must be text.',
  'source-fields': (n: number) => `Source ${n} needs an "id" and a "title".`,
  'source-year': (id: string) => `Source "${id}" has a "year" that is not a whole number.`,
  'source-url': (id: string) => `Source "${id}" has a "url" that is not an http(s) address.`,
  'source-twice': (id: string) => `Source id "${id}" appears twice in "sources".`,
  'value-shape': (n: number) => `Value ${n} is not an object with "label", "value" and "source".`,
  'no-label': (n: number) => `Value ${n} has no "label".`,
  'not-number': (n: number, label: string, json?: string) =>
    `Value ${n} ("${label}") is not a number: ${json ?? 'nothing'}. Write numbers without quotes, e.g. "value": 36661.`,
  'not-finite': (n: number, label: string, value: string) => `Value ${n} ("${label}") is not a finite number: ${value}.`,
  negative: (n: number, label: string, value: number) =>
    `Value ${n} ("${label}") is ${value}; these charts show counts and shares from zero, so values must be 0 or more.`,
  'too-large': (n: number, label: string, value: number) => `Value ${n} ("${label}") is ${value}; numbers above 9,007,199,254,740,991 are not kept exactly.`,
  'label-twice': (label: string, first: number, second: number) => `Category "${label}" appears twice (values ${first} and ${second}); each label must be unique.`,
  'no-source': (n: number, label: string, known: string) => `Value ${n} ("${label}") has no source: give it "source" naming one of ${known}.`,
  'unknown-source': (n: number, label: string, source: string, known: string) =>
    `Value ${n} ("${label}") names source "${source}", which is not in "sources" (${known}).`,
  period: (n: number, label: string, json?: string) => `Value ${n} ("${label}") has period ${json}; write YYYY, YYYY-MM, YYYY-MM-DD or start/end.`,
  'not-text': (n: number, label: string, key: string) => `Value ${n} ("${label}") has a "${key}" that is not text.`,
  'unknown-state': (n: number, label: string, closest: string) =>
    `Value ${n} ("${label}") is not one of Mexico's 32 states${closest ? `: did you mean ${closest}?` : '.'} Write a state's name or its ISO code, e.g. "Michoacán" or "MX-MIC".`,
  'state-twice': (state: string, first: number, second: number) => `${state} appears twice (values ${first} and ${second}); a map takes each state once.`,
  'callout-many': (first: number, second: number) => `Values ${first} and ${second} both have a "callout"; a chart notes one bar, the one that matters: keep one.`,
  'series-some': (n: number, label: string, first: number) =>
    `Value ${n} ("${label}") has no "series", but value ${first} has one: give every row a "series" (the part of its category it is), or none.`,
  'series-twice': (label: string, series: string, first: number, second: number) =>
    `Category "${label}" has series "${series}" twice (values ${first} and ${second}); each category takes each series once.`,
  'series-many': (max: number, series: string) => `The data has more than ${max} series (${series}); a chart tells at most ${max} apart by colour: group the smaller ones.`,
  'series-type': (type: string) => `"series" is drawn by type="bar" (stacked, grouped or percent bars) and type="column" (each series in its colour), not by type="${type}".`,
  'stack-negative': (n: number, label: string, series: string, value: number) =>
    `Value ${n} ("${label}", series "${series}") is ${value}; the parts of a bar add up to its whole, so each must be 0 or more.`,
  layout: (layout: string, layouts: string) => `layout="${layout}" is not a layout of bars; use one of ${layouts}.`,
  share: (n: number, label: string, value: number) => `Value ${n} ("${label}") is ${value}; a waffle shows a share in percent, from 0 to 100.`,
  'share-unit': (unit: string) => `"unit" is ${unit}; a waffle shows shares in percent: leave "unit" out or write "percent".`,
  qualifier: (n: number, label: string, json: string, known: string) => `Value ${n} ("${label}") has qualifier ${json}; use one of ${known}.`,
  'no-period': (n: number, label: string) => `Value ${n} ("${label}") has no "period": a column chart places each value on a time axis, so each needs one (YYYY, YYYY-MM, YYYY-MM-DD or start/end).`,
  type: (type: string, types: string) => `type=${type} is not a kind of chart <cifras-chart> draws; use one of ${types}.`,
  annotations: () => '"annotations" must be an array of { "label", "period" }.',
  'annotation-shape': (n: number) => `Annotation ${n} is not an object with "label" and "period".`,
  'annotation-label': (n: number) => `Annotation ${n} has no "label".`,
  'annotation-period': (n: number, label: string, json: string) => `Annotation ${n} ("${label}") has period ${json}; write YYYY, YYYY-MM, YYYY-MM-DD or start/end.`,
  'annotation-kind': (n: number, label: string, json: string) => `Annotation ${n} ("${label}") has kind ${json}; use "line" or "band".`,
  'annotation-source': (n: number, label: string, source: string, known: string) =>
    `Annotation ${n} ("${label}") ${source ? `names source ${source}, which is not in "sources"` : 'has no source'}: give it "source" naming one of ${known}.`,
  'annotation-text': (n: number, label: string, key: string) => `Annotation ${n} ("${label}") has a "${key}" that is not text.`,
  'annotation-range': (n: number, label: string, period: string, years: string) =>
    `Annotation ${n} ("${label}") is at ${period}, outside the years of the values (${years || 'none has a period'}): it would point at nothing.`,
};

const ES: Words = {
  // The parser's words are the browser's, in its own language: quoted as such.
  json: (parser: string) => `Los datos de la gráfica no son JSON válido (el navegador dice: «${parser}»).`,
  shape: () => 'Los datos de la gráfica deben ser un objeto con "sources" y "data".',
  'no-sources': () => 'Los datos de la gráfica no tienen "sources": indique al menos una fuente, p. ej. { "id": "inegi", "title": "…" }.',
  'no-data': () => 'Los datos de la gráfica no tienen "data": dé una lista de { "label", "value", "source" }.',
  unit: (unit: string, units: string) => `"unit" es ${unit}; use una de estas: ${units}.`,
  title: () => '"title" debe ser texto.',
  subtitle: () => '"subtitle" debe ser texto.',
  'source-fields': (n: number) => `La fuente ${n} necesita "id" y "title".`,
  'source-year': (id: string) => `La fuente "${id}" tiene un "year" que no es un número entero.`,
  'source-url': (id: string) => `La fuente "${id}" tiene una "url" que no es una dirección http(s).`,
  'source-twice': (id: string) => `El identificador de fuente "${id}" aparece dos veces en "sources".`,
  'value-shape': (n: number) => `El valor ${n} no es un objeto con "label", "value" y "source".`,
  'no-label': (n: number) => `El valor ${n} no tiene "label".`,
  'not-number': (n: number, label: string, json?: string) =>
    `El valor ${n} ("${label}") no es un número: ${json ?? 'nada'}. Escriba los números sin comillas, p. ej. "value": 36661.`,
  'not-finite': (n: number, label: string, value: string) => `El valor ${n} ("${label}") no es un número finito: ${value}.`,
  negative: (n: number, label: string, value: number) =>
    `El valor ${n} ("${label}") es ${value}; estas gráficas muestran conteos y proporciones desde cero: los valores deben ser 0 o más.`,
  'too-large': (n: number, label: string, value: number) => `El valor ${n} ("${label}") es ${value}; los números mayores que 9,007,199,254,740,991 no se guardan con exactitud.`,
  'label-twice': (label: string, first: number, second: number) =>
    `La categoría "${label}" aparece dos veces (valores ${first} y ${second}); cada etiqueta debe ser única.`,
  'no-source': (n: number, label: string, known: string) => `El valor ${n} ("${label}") no tiene fuente: indique en "source" una de ${known}.`,
  'unknown-source': (n: number, label: string, source: string, known: string) =>
    `El valor ${n} ("${label}") cita la fuente "${source}", que no está en "sources" (${known}).`,
  period: (n: number, label: string, json?: string) => `El valor ${n} ("${label}") tiene el periodo ${json}; escriba AAAA, AAAA-MM, AAAA-MM-DD o inicio/fin.`,
  'not-text': (n: number, label: string, key: string) => `El valor ${n} ("${label}") tiene un "${key}" que no es texto.`,
  'unknown-state': (n: number, label: string, closest: string) =>
    `El valor ${n} ("${label}") no es uno de los 32 estados de México${closest ? `: ¿quiso decir ${closest}?` : '.'} Escriba el nombre del estado o su clave ISO, p. ej. "Michoacán" o "MX-MIC".`,
  'state-twice': (state: string, first: number, second: number) => `${state} aparece dos veces (valores ${first} y ${second}); un mapa lleva cada estado una sola vez.`,
  'callout-many': (first: number, second: number) => `Los valores ${first} y ${second} tienen "callout"; una gráfica anota una sola barra, la que importa: deje una.`,
  'series-some': (n: number, label: string, first: number) =>
    `El valor ${n} ("${label}") no tiene "series", pero el valor ${first} sí: dé a cada fila una "series" (la parte de su categoría que es), o a ninguna.`,
  'series-twice': (label: string, series: string, first: number, second: number) =>
    `La categoría "${label}" tiene dos veces la serie "${series}" (valores ${first} y ${second}); cada categoría lleva cada serie una sola vez.`,
  'series-many': (max: number, series: string) => `Los datos tienen más de ${max} series (${series}); una gráfica distingue a lo sumo ${max} por color: agrupe las menores.`,
  'series-type': (type: string) => `"series" se dibuja con type="bar" (barras apiladas, agrupadas o al 100%) y type="column" (cada serie en su color), no con type="${type}".`,
  'stack-negative': (n: number, label: string, series: string, value: number) =>
    `El valor ${n} ("${label}", serie "${series}") es ${value}; las partes de una barra suman su total, así que cada una debe ser 0 o más.`,
  layout: (layout: string, layouts: string) => `layout="${layout}" no es una disposición de barras; use una de estas: ${layouts}.`,
  share: (n: number, label: string, value: number) => `El valor ${n} ("${label}") es ${value}; un gráfico de waffle muestra un porcentaje, de 0 a 100.`,
  'share-unit': (unit: string) => `"unit" es ${unit}; un gráfico de waffle muestra porcentajes: omita "unit" o escriba "percent".`,
  qualifier: (n: number, label: string, json: string, known: string) => `El valor ${n} ("${label}") tiene el calificativo ${json}; use uno de estos: ${known}.`,
  'no-period': (n: number, label: string) => `El valor ${n} ("${label}") no tiene "period": una gráfica de columnas sitúa cada valor en un eje de tiempo, así que cada uno necesita uno (AAAA, AAAA-MM, AAAA-MM-DD o inicio/fin).`,
  type: (type: string, types: string) => `type=${type} no es un tipo de gráfica que <cifras-chart> dibuje; use uno de estos: ${types}.`,
  annotations: () => '"annotations" debe ser una lista de { "label", "period" }.',
  'annotation-shape': (n: number) => `La anotación ${n} no es un objeto con "label" y "period".`,
  'annotation-label': (n: number) => `La anotación ${n} no tiene "label".`,
  'annotation-period': (n: number, label: string, json: string) => `La anotación ${n} ("${label}") tiene el periodo ${json}; escriba AAAA, AAAA-MM, AAAA-MM-DD o inicio/fin.`,
  'annotation-kind': (n: number, label: string, json: string) => `La anotación ${n} ("${label}") tiene el tipo ${json}; use "line" o "band".`,
  'annotation-source': (n: number, label: string, source: string, known: string) =>
    `La anotación ${n} ("${label}") ${source ? `cita la fuente ${source}, que no está en "sources"` : 'no tiene fuente'}: indique en "source" una de ${known}.`,
  'annotation-text': (n: number, label: string, key: string) => `La anotación ${n} ("${label}") tiene un "${key}" que no es texto.`,
  'annotation-range': (n: number, label: string, period: string, years: string) =>
    `La anotación ${n} ("${label}") está en ${period}, fuera de los años de los valores (${years || 'ninguno tiene periodo'}): no señalaría nada.`,
};

/** What is wrong with a developer's data, in words, in English or Spanish. */
export function describeCustomDataError(error: CustomDataError, lang: Lang): string {
  return { en: EN, es: ES }[lang][error.problem](...error.details);
}

const inEnglish = <T>(check: () => T): T => {
  try {
    return check();
  } catch (error) {
    if (error instanceof CustomDataError) error.message = describeCustomDataError(error, 'en');
    throw error;
  }
};

/**
 * Checks a developer's data and turns it into a dataset the charts can draw,
 * each value a figure with its source. Throws a CustomDataError, its message in
 * English, on the first problem: missing or unknown sources, values that are
 * not numbers, repeated categories, malformed periods or units.
 */
export const customDataset = (input: unknown): Dataset => inEnglish(() => checkCustomData(input));

/** Parses JSON text; a CustomDataError names the parser's complaint when it is not JSON. */
export const parseCustomJson = (json: string): unknown => inEnglish(() => parseJson(json));
