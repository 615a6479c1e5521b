import type { Lang } from './locale.js';

/** The 32 states' names, by the ISO 3166-2:MX code without its "MX-". */
export const STATES: Readonly<Record<string, string>> = {
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

/** The name of a geography code in a language: MX-MIC → Michoacán. */
export function placeName(code: string, lang: Lang): string {
  if (!code) return '';
  return OTHER[code]?.[lang] ?? STATES[code.replace(/^MX-/, '')] ?? code;
}

/** Lowercase, accents removed, spaces folded: "Michoacán " → "michoacan". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
