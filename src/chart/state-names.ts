// The states by the other names a map needs: short names for its tiles, and
// every name a newsroom writes for a state, read back to its ISO code. A module
// of its own, apart from places.ts: only a map loads it.
import { foldText, STATES } from './places.js';

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

/** A state's short name, for a map tile: MX-MIC → Mich. */
export function stateShortName(code: string): string {
  return SHORT[code.replace(/^MX-/, '')] ?? code;
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
