/**
 * Noto Sans (Latin, Cyrillic, Greek) and Noto Sans Armenian, from the @fontsource npm packages, as
 * TrueType: the fonts the test browser draws with (chromium.mjs gives them to fontconfig) and the fonts
 * the command line measures labels with and draws its PNG with. One list, so both use the same glyphs.
 * The packages ship web fonts (WOFF), split by script: each file is turned back into TrueType (woff.mjs),
 * which fontconfig and resvg read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff.mjs';

const require = createRequire(import.meta.url);

/** Package, family, and which of its files: regular (400) and bold (700), upright. Noto Sans first. */
const FONTS = [
  ['@fontsource/noto-sans', 'Noto Sans', /^noto-sans-(?<subset>latin|latin-ext|cyrillic|greek)-(?<weight>400|700)-normal\.woff$/],
  ['@fontsource/noto-sans-armenian', 'Noto Sans Armenian', /^noto-sans-armenian-(?<subset>armenian)-(?<weight>400|700)-normal\.woff$/],
];

/** The family names, in the order a `font-family` list should name them. */
export const NOTO_FAMILIES = FONTS.map(([, family]) => family);

/**
 * Every font file: `{ file, family, weight, data, woff, unicodeRange }`, Noto Sans's before Noto Sans
 * Armenian's. `data` is TrueType, `woff` the web font it came from, `unicodeRange` the characters it holds,
 * as CSS writes them (from the package's unicode.json).
 * Throws, naming the package, when one is not installed.
 */
export function notoFonts() {
  const fonts = [];
  for (const [name, family, wanted] of FONTS) {
    let root;
    try {
      root = dirname(require.resolve(`${name}/package.json`));
    } catch {
      throw new Error(`The font package ${name} is not installed: npm install ${name}`);
    }
    const ranges = JSON.parse(readFileSync(join(root, 'unicode.json'), 'utf8'));
    const folder = join(root, 'files');
    for (const file of readdirSync(folder).sort()) {
      const match = wanted.exec(file);
      if (!match) continue;
      const woff = readFileSync(join(folder, file));
      const { subset, weight } = match.groups;
      fonts.push({ file: file.replace(/\.woff$/, '.ttf'), family, weight: Number(weight), data: woffToSfnt(woff), woff, unicodeRange: ranges[subset] });
    }
  }
  return fonts;
}
