// A snapshot's standalone SVG as a PNG, for newsletters: Gmail and Outlook drop
// inline SVG, but show an <img> of a PNG. Drawn by resvg (@resvg/resvg-js, its
// binary in the npm package) with Source Sans 3 from an npm package
// (@expo-google-fonts/source-sans-3, SIL Open Font License) and no system font,
// so the image is the same on every machine. Every family the SVG names
// (system-ui, Arial, sans-serif…) is drawn in Source Sans 3.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const FAMILY = 'Source Sans 3';
const WEIGHTS = ['400Regular', '600SemiBold', '700Bold'];

const fontsDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/source-sans-3/package.json'));
/** The font files the PNGs are drawn with. */
export const FONT_FILES = WEIGHTS.map((weight) => join(fontsDir, weight, `SourceSans3_${weight}.ttf`));

/** The PNG of an SVG document, `scale` times its size (2: sharp on a high-density screen at the SVG's own width). */
export function pngOf(svgText, { scale = 2 } = {}) {
  const resvg = new Resvg(svgText, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY, serifFamily: FAMILY, monospaceFamily: FAMILY },
  });
  return resvg.render().asPng();
}
