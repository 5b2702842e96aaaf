/// <reference types="node" />
/**
 * The fonts a file is measured and drawn with: Noto Sans and Noto Sans Armenian, the same files the test
 * browser draws with (scripts/noto-fonts.mjs, shipped with the package), named in this order in every file.
 */
import { NOTO_FAMILIES, notoFonts, type NotoFont } from '../../scripts/noto-fonts.mjs';
import { fontMeasurer, readFontMetrics, type FontMeasurer } from './font-metrics.js';

/** The `font-family` every file names: the fonts it was measured with, then any sans-serif. */
export const FONT_FAMILY = `${NOTO_FAMILIES.map((family) => `'${family}'`).join(', ')}, sans-serif`;

export interface Fonts {
  files: NotoFont[];
  measurer: FontMeasurer;
}

export function loadFonts(): Fonts {
  const files = notoFonts();
  return { files, measurer: fontMeasurer(files) };
}

/**
 * `@font-face` rules that carry, as data, the font files `text` needs (each file whose characters the text
 * uses, in both weights): a page then draws its labels in the fonts they were measured with, offline too.
 */
export function fontFacesFor(text: string, files: readonly NotoFont[]): string {
  const codePoints = new Set([...text].map((char) => char.codePointAt(0)!));
  const needed = files.filter((file) => {
    const metrics = readFontMetrics(file);
    for (const codePoint of codePoints) if (codePoint > 0x20 && metrics.advance(codePoint) !== undefined) return true;
    return false;
  });
  return needed
    .map(
      (file) =>
        `@font-face { font-family: '${file.family}'; font-weight: ${file.weight}; font-style: normal; font-display: block; ` +
        `unicode-range: ${file.unicodeRange}; src: url(data:font/woff;base64,${Buffer.from(file.woff).toString('base64')}) format('woff'); }`,
    )
    .join('\n');
}
