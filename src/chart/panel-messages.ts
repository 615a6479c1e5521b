import type { Lang } from './locale.js';

/** The strings of the Cite, Data, Image and Embed panels, which load with the panels' code on first use. */
export const PANEL_MESSAGES = {
  en: {
    citeTitle: 'Cite this chart',
    citeIntro: (version: string) => `Cite the chart (Cifras dataset, version ${version}) and the documents it draws on.`,
    citeIntroCustom: 'Cite the chart and the documents its data comes from.',
    loadingStyles: 'Loading citation styles…',
    stylesFailed: 'The citation styles could not be loaded here; the formats below still work.',
    imageFailed: 'The image could not be made here (the page may forbid it). Try the SVG.',
    imageNeedsChart: 'The image is made from the chart: show the chart, then save it.',
    copy: 'Copy',
    copied: (what: string) => `${what} copied to the clipboard.`,
    copyFailed: 'Copying was blocked: select the text and copy it.',
    dataTitle: 'Download the data',
    dataIntro: 'Exactly the figures in this chart, with unit, period, place, source, locator and the quoted evidence.',
    imageTitle: 'Save as an image',
    imageIntro: 'The chart with its title and its sources in one line, sized to share: 1200 × 675 for the web, 1080 × 1350 for phones.',
    embedTitle: 'Put this chart on another page',
    embedScript: 'Script tag',
    embedIframe: 'Iframe',
    embedNpm: 'npm',
    embedNoIframe: 'No iframe: the embed page draws only Cifras’ own data, and this chart’s data goes with it in the script tag above.',
  },
  es: {
    citeTitle: 'Citar esta gráfica',
    citeIntro: (version: string) => `Cite la gráfica (conjunto de datos Cifras, versión ${version}) y los documentos de los que proviene.`,
    citeIntroCustom: 'Cite la gráfica y los documentos de los que provienen sus datos.',
    loadingStyles: 'Cargando los estilos de cita…',
    stylesFailed: 'No se pudieron cargar los estilos de cita aquí; los formatos de abajo sí funcionan.',
    imageFailed: 'No se pudo crear la imagen aquí (la página puede impedirlo). Pruebe con el SVG.',
    imageNeedsChart: 'La imagen se hace a partir de la gráfica: muestre la gráfica y luego guárdela.',
    copy: 'Copiar',
    copied: (what: string) => `${what} copiado al portapapeles.`,
    copyFailed: 'No se pudo copiar: seleccione el texto y cópielo.',
    dataTitle: 'Descargar los datos',
    dataIntro: 'Exactamente las cifras de esta gráfica, con unidad, periodo, lugar, fuente, ubicación y la cita textual.',
    imageTitle: 'Guardar como imagen',
    imageIntro: 'La gráfica con su título y sus fuentes en una línea, al tamaño de las redes: 1200 × 675 para la web, 1080 × 1350 para teléfonos.',
    embedTitle: 'Poner esta gráfica en otra página',
    embedScript: 'Etiqueta script',
    embedIframe: 'Iframe',
    embedNpm: 'npm',
    embedNoIframe: 'Sin iframe: la página para insertar solo dibuja los datos de Cifras; los de esta gráfica van con ella en la etiqueta script de arriba.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type PanelMessages = (typeof PANEL_MESSAGES)['en'];
