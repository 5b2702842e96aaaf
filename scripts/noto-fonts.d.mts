/** Types of noto-fonts.mjs, for the command line's TypeScript. */
export interface NotoFont {
  /** The file's name as TrueType: `noto-sans-latin-400-normal.ttf`. */
  file: string;
  family: string;
  weight: number;
  /** TrueType. */
  data: Uint8Array;
  /** The WOFF file it came from. */
  woff: Uint8Array;
  /** The characters it holds, as CSS's `unicode-range` writes them. */
  unicodeRange: string;
}
export const NOTO_FAMILIES: readonly string[];
export function notoFonts(): NotoFont[];
