/**
 * Finds a Chromium for the tests, the benchmark and the screenshots, so that `npm install && npm test`
 * works on a machine with no browser installed. In this order:
 *   1. `CHROME_PATH`, when set;
 *   2. an installed Chrome or Chromium, found as @web/test-runner-chrome finds it (chrome-launcher);
 *   3. on linux-x64, the Chromium inside the npm package @sparticuz/chromium, an optional dependency
 *      that `npm install` brings (no download at install time: the binary is in the package).
 * Anywhere else with no browser, one error says what to install or set.
 *
 * Chromium is also given a font configuration that adds Noto Sans Armenian (from an npm package) to the
 * machine's fonts: a machine with no font for Armenian would draw blank glyphs of zero width, and tests
 * that measure Armenian labels would pass on nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notoFonts } from './noto-fonts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cache = join(root, 'node_modules', '.cache', 'event-timeline');

/** Flags that let Chromium start as root, headless, without reaching for the network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const HOW_TO_GET_ONE =
  'No Chromium or Chrome was found. Install one (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome), ' +
  'or set CHROME_PATH to a Chrome or Chromium executable. On linux-x64, `npm install` brings one with the optional ' +
  'dependency @sparticuz/chromium: run `npm install` again if it was skipped (it needs Node >= 20.11).';

/**
 * @typedef {object} FoundChromium
 * @property {string} executablePath
 * @property {Record<string, string>} env  the environment to launch it with
 * @property {string} source  which of the three ways found it, in words
 */

/** @type {Promise<FoundChromium> | undefined} */
let found;

/** The Chromium to use, found once per process. Logs which one, on stderr. */
export function findChromium() {
  found ??= locate().then((chromium) => {
    if (!process.env.EVENT_TIMELINE_QUIET) console.error(`Chromium: ${chromium.executablePath} (${chromium.source})`);
    return chromium;
  });
  return found;
}

async function locate() {
  const env = { ...process.env, FONTCONFIG_FILE: fontConfig() };
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH)) throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist. ${HOW_TO_GET_ONE}`);
    return { executablePath: process.env.CHROME_PATH, env, source: 'CHROME_PATH' };
  }
  const installed = installedChrome();
  if (installed) return { executablePath: installed, env, source: 'installed' };
  if (process.platform === 'linux' && process.arch === 'x64') {
    const packaged = await packagedChromium();
    if (packaged) return { ...packaged, env: { ...env, ...packaged.env } };
  }
  throw new Error(HOW_TO_GET_ONE);
}

function installedChrome() {
  try {
    const { Launcher } = require('chrome-launcher');
    return Launcher.getFirstInstallation();
  } catch {
    return undefined;
  }
}

/** The Chromium packed inside @sparticuz/chromium, unpacked once into node_modules/.cache. */
async function packagedChromium() {
  // The package's exports do not include package.json: find it from its main file.
  let packageJson;
  try {
    packageJson = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  // The package unpacks into $TMPDIR/chromium and reuses whatever is there, of any version: give it a
  // folder of its own, named with its version.
  const folder = join(cache, `sparticuz-chromium-${version}`);
  mkdirSync(folder, { recursive: true });
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    const { inflate } = await import(join(dirname(packageJson), 'build', 'esm', 'lambdafs.js'));
    const executablePath = await Chromium.executablePath();
    const env = {};
    // A machine with no browser package also lacks the NSS libraries; the package carries them.
    if (!hasSystemLibrary('libnss3.so')) {
      const libs = join(await inflate(join(dirname(packageJson), 'bin', 'al2023.tar.br')), 'lib');
      env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    }
    return { executablePath, env, source: `npm package @sparticuz/chromium ${version}` };
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
}

function hasSystemLibrary(name) {
  try {
    return execFileSync('/sbin/ldconfig', ['-p'], { encoding: 'utf8' }).includes(name);
  } catch {
    return false;
  }
}

/**
 * A fontconfig file: the machine's own configuration (when there is one) plus Noto Sans and Noto Sans
 * Armenian, turned from the packages' WOFF files into TrueType that fontconfig reads, and put first for
 * the generic families. So English, Russian and Armenian text is drawn and measured with the same fonts
 * on every machine (the drawing snapshots depend on it); other scripts fall back to the machine's fonts.
 */
export function fontConfig() {
  const folder = join(cache, 'fonts-v1');
  const file = join(folder, 'fonts.conf');
  if (existsSync(file)) return file;
  mkdirSync(folder, { recursive: true });
  for (const font of notoFonts()) writeFileSync(join(folder, font.file), font.data);
  const first = (family) => `  <match target="pattern">
    <test qual="any" name="family"><string>${family}</string></test>
    <edit name="family" mode="prepend_first" binding="strong"><string>Noto Sans</string><string>Noto Sans Armenian</string></edit>
  </match>`;
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${folder}</dir>
  <cachedir>${join(folder, 'cache')}</cachedir>
${['sans-serif', 'sans', 'system-ui'].map(first).join('\n')}
</fontconfig>
`,
  );
  return file;
}
