/**
 * One line of SVG text, set in the fonts a file names. Text whose characters come from more than one font
 * (Armenian with digits or «», say: Noto Sans Armenian has no digits, Noto Sans no Armenian) is cut into
 * runs, one font each, every run placed at its measured position (`<tspan x>`), still in one `<text>`.
 * Why: resvg shapes a text chunk in one font and falls back to others only while each shapes it into the
 * same number of glyphs; for mixed text they do not, and it draws nothing. A run placed at its own x is a
 * chunk of its own, drawn in its font. Browsers draw the same. Pure.
 */
import { attribute, escapeMarkup } from './escape.js';

/** A piece of text in one font family. */
export interface TextRun {
  text: string;
  family: string;
}

/** What sets text in the file's fonts: where the font changes, and how wide text is. */
export interface Typesetter {
  runs(text: string): TextRun[];
  width(text: string, size: number, weight?: number): number;
}

export interface TextLook {
  x: number;
  y: number;
  anchor?: 'start' | 'middle' | 'end';
  size: number;
  weight?: number;
  fill: string;
  lang?: string;
  /** More attributes, written as they are. */
  extra?: string;
}

const n = (value: number) => String(Math.round(value * 100) / 100);

export function svgText(text: string, look: TextLook, setter?: Typesetter): string {
  const { size, weight = 400 } = look;
  const common = `font-size="${size}"${weight === 400 ? '' : ` font-weight="${weight}"`} fill="${look.fill}"${attribute('xml:lang', look.lang)}${look.extra ?? ''}`;
  const runs = setter?.runs(text) ?? [];
  if (runs.length < 2) {
    const anchor = look.anchor && look.anchor !== 'start' ? ` text-anchor="${look.anchor}"` : '';
    return `<text x="${n(look.x)}" y="${n(look.y)}"${anchor} ${common}>${escapeMarkup(text)}</text>`;
  }
  const total = setter!.width(text, size, weight);
  let x = look.anchor === 'end' ? look.x - total : look.anchor === 'middle' ? look.x - total / 2 : look.x;
  const spans = runs.map((run) => {
    const span = `<tspan x="${n(x)}" font-family="${escapeMarkup(`'${run.family}', sans-serif`)}">${escapeMarkup(run.text)}</tspan>`;
    x += setter!.width(run.text, size, weight);
    return span;
  });
  return `<text y="${n(look.y)}" ${common}>${spans.join('')}</text>`;
}
