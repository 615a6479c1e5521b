import { html, type TemplateResult } from 'lit';
import type { Lang } from '../../chart/locale.js';

/** What the troop deployment chart says, in each language. */
export const WORDS: Record<Lang, {
  title: string;
  subtitle: string;
  /** The shaded years' label. */
  guard: string;
  /** The counts of December 2023 and April 2024, side by side on the chart. */
  pair: (v: TemplateResult[]) => TemplateResult;
  /** Share of those deployed assigned to the strategy, as stated and as computed, and the number assigned. */
  strategy: (v: TemplateResult[]) => TemplateResult;
  axis: string;
  gap: string;
  /** Who each count is of, by figure id. */
  who: Record<string, string>;
  /** Deployed in 2012, 2018, December 2023 and April 2024 (two sources). */
  summary: (v: string[]) => string;
}> = {
  en: {
    title: 'By 2024, about 300,000 soldiers and National Guard members were deployed in public security',
    subtitle: 'Personnel deployed in public security, as each source counts them. The 2012 and 2018 counts are of the armed forces alone; from 2023 they include the National Guard.',
    guard: 'National Guard',
    pair: (v) => html`Side by side: ${v[0]} armed forces and Guard in December 2023 (Elementa DDHH); ${v[1]} military on the streets and ${v[2]} Guard, army and navy in April 2024 (both Crisis Group).`,
    strategy: (v) => html`In 2023, ${v[2]} personnel were assigned to the National Public Security Strategy: ${v[0]} of those deployed, the document says, though its own counts give ${v[1]}.`,
    axis: 'Horizontal axis: years, 2012 to 2024; the years without a count are left empty.',
    gap: 'no count',
    who: {
      'elementa.military-deployment.2012': 'armed forces',
      'felbab.troops-deployed.pena-nieto': 'soldiers, end of Peña\u00a0Nieto’s term',
      'elementa.military-deployment.2018': 'armed forces',
      'elementa.military-deployment.2023': 'armed forces and National Guard',
      'icg.military-deployed-streets-2024': 'military on the streets',
      'icg.security-forces-deployed-2024-04': 'National Guard, army and navy',
    },
    summary: (v) => `The armed forces deployed ${v[0]} in public security in 2012 and ${v[1]} in 2018; counting the National Guard, ${v[2]} were deployed in December 2023, and for April 2024 the sources give ${v[3]} and ${v[4]}.`,
  },
  es: {
    title: 'Para 2024, cerca de 300,000 militares y guardias nacionales estaban desplegados en seguridad pública',
    subtitle: 'Personal desplegado en seguridad pública, según cada fuente. Las cifras de 2012 y 2018 son solo de las Fuerzas Armadas; desde 2023 incluyen a la Guardia Nacional.',
    guard: 'Guardia Nacional',
    pair: (v) => html`En paralelo: ${v[0]} elementos de las Fuerzas Armadas y la Guardia en diciembre de 2023 (Elementa DDHH); ${v[1]} militares en las calles y ${v[2]} de la Guardia, el Ejército y la Marina en abril de 2024 (ambas de Crisis Group).`,
    strategy: (v) => html`En 2023, ${v[2]} elementos estaban asignados a la Estrategia Nacional de Seguridad Pública: ${v[0]} de los desplegados, según el documento, aunque sus propias cifras dan ${v[1]}.`,
    axis: 'Eje horizontal: años, de 2012 a 2024; los años sin cifra quedan vacíos.',
    gap: 'sin cifra',
    who: {
      'elementa.military-deployment.2012': 'Fuerzas Armadas',
      'felbab.troops-deployed.pena-nieto': 'soldados, fin del sexenio de Peña\u00a0Nieto',
      'elementa.military-deployment.2018': 'Fuerzas Armadas',
      'elementa.military-deployment.2023': 'Fuerzas Armadas y Guardia Nacional',
      'icg.military-deployed-streets-2024': 'militares en las calles',
      'icg.security-forces-deployed-2024-04': 'Guardia Nacional, Ejército y Marina',
    },
    summary: (v) => `Las Fuerzas Armadas desplegaron ${v[0]} elementos en seguridad pública en 2012 y ${v[1]} en 2018; contando a la Guardia Nacional, ${v[2]} en diciembre de 2023, y para abril de 2024 las fuentes dan ${v[3]} y ${v[4]}.`,
  },
};
