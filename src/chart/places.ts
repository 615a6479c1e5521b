import type { Lang } from './locale.js';

const STATES: Record<string, string> = {
  AGU: 'Aguascalientes', BCN: 'Baja California', BCS: 'Baja California Sur', CAM: 'Campeche',
  CHP: 'Chiapas', CHH: 'Chihuahua', CMX: 'Ciudad de México', COA: 'Coahuila', COL: 'Colima',
  DUR: 'Durango', GUA: 'Guanajuato', GRO: 'Guerrero', HID: 'Hidalgo', JAL: 'Jalisco',
  MEX: 'Estado de México', MIC: 'Michoacán', MOR: 'Morelos', NAY: 'Nayarit', NLE: 'Nuevo León',
  OAX: 'Oaxaca', PUE: 'Puebla', QUE: 'Querétaro', ROO: 'Quintana Roo', SLP: 'San Luis Potosí',
  SIN: 'Sinaloa', SON: 'Sonora', TAB: 'Tabasco', TAM: 'Tamaulipas', TLA: 'Tlaxcala',
  VER: 'Veracruz', YUC: 'Yucatán', ZAC: 'Zacatecas',
};

const OTHER: Record<string, Record<Lang, string>> = {
  MX: { en: 'Mexico', es: 'México' },
  US: { en: 'United States', es: 'Estados Unidos' },
  'MX-other': { en: 'Other states', es: 'Otros estados' },
  'MX-CMX': { en: 'Mexico City', es: 'Ciudad de México' },
  'MX-MEX': { en: 'State of Mexico', es: 'Estado de México' },
};

/** The 32 states by ISO 3166-2:MX code (MX-AGU … MX-ZAC). */
export function stateCodes(): string[] {
  return Object.keys(STATES).map((code) => `MX-${code}`);
}

/**
 * The short names Mexican newsrooms write for the states (without the periods
 * of the formal abbreviations): Mich, Edomex, CDMX. The same in both languages.
 */
const SHORT: Record<string, string> = {
  AGU: 'Ags', BCN: 'BC', BCS: 'BCS', CAM: 'Camp', CHP: 'Chis', CHH: 'Chih', CMX: 'CDMX', COA: 'Coah',
  COL: 'Col', DUR: 'Dgo', GUA: 'Gto', GRO: 'Gro', HID: 'Hgo', JAL: 'Jal', MEX: 'Edomex', MIC: 'Mich',
  MOR: 'Mor', NAY: 'Nay', NLE: 'NL', OAX: 'Oax', PUE: 'Pue', QUE: 'Qro', ROO: 'QRoo', SLP: 'SLP',
  SIN: 'Sin', SON: 'Son', TAB: 'Tab', TAM: 'Tamps', TLA: 'Tlax', VER: 'Ver', YUC: 'Yuc', ZAC: 'Zac',
};

/** Other names a state goes by: its official name, the old one, the everyday one. */
const ALIASES: Record<string, string[]> = {
  CMX: ['CDMX', 'Distrito Federal', 'DF', 'D.F.', 'Mexico City'],
  MEX: ['Edomex', 'Estado de México', 'México', 'State of Mexico', 'Edo. Méx.'],
  COA: ['Coahuila de Zaragoza'],
  VER: ['Veracruz de Ignacio de la Llave'],
  MIC: ['Michoacán de Ocampo'],
  QUE: ['Querétaro de Arteaga'],
  BCN: ['Baja California Norte'],
};

/** The name of a geography code in a language: MX-MIC → Michoacán. */
export function placeName(code: string, lang: Lang): string {
  if (!code) return '';
  return OTHER[code]?.[lang] ?? STATES[code.replace(/^MX-/, '')] ?? code;
}

/** A state's short name, for a map tile: MX-MIC → Mich. */
export function stateShortName(code: string): string {
  return SHORT[code.replace(/^MX-/, '')] ?? code;
}

/** Lowercase, accents removed, spaces folded: "Michoacán " → "michoacan". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Reads state names as newsrooms write them, ignoring case and accents: the
 * function it returns gives the ISO 3166-2:MX code of "MX-MIC", "mic",
 * "Michoacán de Ocampo", "CDMX", "Distrito Federal", "Edomex" or "México" (the
 * state), and undefined for anything else. Make one per batch of names.
 */
export function stateResolver(): (name: string) => string | undefined {
  const names = new Map(Object.keys(STATES).flatMap((code) => [
    code, `MX-${code}`, STATES[code], SHORT[code], ...(ALIASES[code] ?? []),
  ].map((name) => [foldText(name), `MX-${code}`] as const)));
  return (name) => names.get(foldText(name));
}
