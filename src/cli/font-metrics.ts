/**
 * Text widths without a browser: the advance widths of the very TrueType fonts a file is drawn with,
 * read from their `cmap` (character to glyph) and `hmtx` (glyph to advance) tables. Pure: it is given
 * the fonts' bytes.
 *
 * Why not a font engine from npm (fontkit, opentype.js): the layouts need one number per label, its
 * width, and these two tables give it in about a hundred lines with no dependency. What this leaves out
 * is shaping: kerning (GPOS) and ligatures. Kerning in Noto Sans only ever brings letters closer, so a
 * label is measured a little wider than it is drawn, never narrower: labels keep their room.
 * See https://learn.microsoft.com/typography/opentype/spec/ (cmap, hmtx, hhea, head).
 */
import type { LabelLine } from '../layout/geometry.js';
import type { TextRun } from '../static/svg-text.js';

export interface FontFace {
  family: string;
  weight: number;
  /** The font file's bytes (TrueType or OpenType, not WOFF). */
  data: Uint8Array;
}

/** One font, read: a glyph's advance for a code point, in font units, and the font's vertical metrics. */
export interface FontMetrics {
  family: string;
  weight: number;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  /** The advance of the glyph for this code point, in font units; undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

export function readFontMetrics(face: FontFace): FontMetrics {
  const view = new DataView(face.data.buffer, face.data.byteOffset, face.data.byteLength);
  const tables = tableOffsets(view);
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font ${face.family} has no ${tag} table`);
    return offset;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const unitsPerEm = view.getUint16(head + 18);
  const ascender = view.getInt16(hhea + 4);
  const descender = view.getInt16(hhea + 6);
  const metricsCount = view.getUint16(hhea + 34);
  const glyphOf = readCmap(view, table('cmap'));
  // Glyphs past the last full metric repeat its advance (monospaced tails).
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metricsCount - 1));
  return {
    family: face.family,
    weight: face.weight,
    unitsPerEm,
    ascender,
    descender,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      return glyph ? advanceOfGlyph(glyph) : undefined;
    },
  };
}

function tableOffsets(view: DataView): Map<string, number> {
  const count = view.getUint16(4);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    offsets.set(tag, view.getUint32(at + 8));
  }
  return offsets;
}

/** The character map: Unicode full repertoire (format 12) when there is one, else the BMP (format 4). Glyph 0 is "none". */
function readCmap(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let bmp: number | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + 8 * i;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const subtable = cmap + view.getUint32(at + 4);
    const format = view.getUint16(subtable);
    if (format === 12 && (platform === 0 || (platform === 3 && encoding === 10))) return format12(view, subtable);
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) bmp ??= subtable;
  }
  if (bmp === undefined) throw new Error('the font has no Unicode character map');
  return format4(view, bmp);
}

function format12(view: DataView, at: number): (codePoint: number) => number {
  const groups = view.getUint32(at + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = at + 16 + 12 * middle;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      if (codePoint < start) high = middle - 1;
      else if (codePoint > end) low = middle + 1;
      else return view.getUint32(group + 8) + codePoint - start;
    }
    return 0;
  };
}

function format4(view: DataView, at: number): (codePoint: number) => number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      // The offset counts from its own place in the idRangeOffset array, into glyphIdArray.
      const glyph = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Measures text set in a list of fonts, each character in the first font that has it, as a browser and resvg fall back. */
export interface FontMeasurer {
  /** The width of `text` in px at `size` px. */
  width(text: string, size: number, weight?: number): number;
  /** The line box of text at `size` px, in the shape the vertical layout wants. */
  line(size: number): LabelLine;
  /**
   * The text cut where the font that draws it changes: each run in the first family that has its
   * characters, a character that the run's family also has (a space, a comma) staying in the run.
   */
  runs(text: string): TextRun[];
}

export type { TextRun } from '../static/svg-text.js';

export function fontMeasurer(faces: readonly FontFace[]): FontMeasurer {
  const fonts = faces.map(readFontMetrics);
  if (!fonts.length) throw new Error('no fonts to measure with');
  const primary = fonts[0];
  // For each weight, the fonts in their order with the weight asked for first, then the nearest (a stable sort).
  const ranking = new Map<number, FontMetrics[]>();
  const rankedFor = (weight: number) => {
    let ranked = ranking.get(weight);
    if (!ranked) ranking.set(weight, (ranked = [...fonts].sort((a, b) => Math.abs(a.weight - weight) - Math.abs(b.weight - weight))));
    return ranked;
  };
  const familyHas = (family: string, codePoint: number) => fonts.some((font) => font.family === family && font.advance(codePoint) !== undefined);
  return {
    runs(text) {
      const runs: TextRun[] = [];
      for (const char of text) {
        const codePoint = char.codePointAt(0)!;
        const last = runs[runs.length - 1];
        if (last && familyHas(last.family, codePoint)) {
          last.text += char;
          continue;
        }
        const family = fonts.find((font) => font.advance(codePoint) !== undefined)?.family ?? last?.family ?? primary.family;
        if (last && last.family === family) last.text += char;
        else runs.push({ text: char, family });
      }
      return runs;
    },
    width(text, size, weight = 400) {
      const ranked = rankedFor(weight);
      let units = 0;
      for (const run of this.runs(text)) {
        for (const char of run.text) {
          const codePoint = char.codePointAt(0)!;
          // In the run's own family, as it is drawn; else in any font that has it.
          const font = ranked.find((each) => each.family === run.family && each.advance(codePoint) !== undefined) ?? ranked.find((each) => each.advance(codePoint) !== undefined);
          // No font has it: drawn as an empty box, about half an em wide.
          units += font ? (font.advance(codePoint)! / font.unitsPerEm) * 1000 : 500;
        }
      }
      return (units / 1000) * size;
    },
    line(size) {
      const ascent = (primary.ascender / primary.unitsPerEm) * size;
      const descent = (-primary.descender / primary.unitsPerEm) * size;
      const height = ascent + descent;
      // From the middle of the box down to the baseline (see LabelLine).
      return { height, baseline: ascent - height / 2 };
    },
  };
}
