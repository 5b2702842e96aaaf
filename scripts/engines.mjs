/**
 * Finds Firefox and WebKit for `npm run test:browsers`, and starts WebKit's WebDriver. Both come from
 * Debian packages (no npm package carries them): Firefox ESR, and WebKitGTK's WebKitWebDriver with its
 * MiniBrowser, which has no headless mode and so runs under xvfb-run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fontConfig } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const INSTALL_HINT = 'apt-get install --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth';

const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBDRIVER_PATHS = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];
const XVFB_RUN_PATHS = ['/usr/bin/xvfb-run'];
const XAUTH_PATHS = ['/usr/bin/xauth'];

const firstExisting = (paths) => paths.find((path) => existsSync(path));

/** The environment a test browser starts with: the same fonts as Chromium (scripts/chromium.mjs). */
export function browserEnv() {
  return { ...process.env, FONTCONFIG_FILE: fontConfig() };
}

/** Firefox's executable (FIREFOX_PATH, else Debian's), or undefined. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return firstExisting(FIREFOX_PATHS);
}

/** WebKitWebDriver and the MiniBrowser (WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH, else Debian's), or undefined. */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER_PATH ?? firstExisting(WEBDRIVER_PATHS);
  const miniBrowser = process.env.MINIBROWSER_PATH ?? firstExisting(MINIBROWSER_PATHS);
  if (!driver || !miniBrowser || !existsSync(driver) || !existsSync(miniBrowser)) return undefined;
  return { driver, miniBrowser };
}

/** xvfb-run, which starts a virtual X display for MiniBrowser, when it and the xauth it needs are there. */
export function findXvfbRun() {
  return firstExisting(XAUTH_PATHS) ? firstExisting(XVFB_RUN_PATHS) : undefined;
}

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A GTK configuration folder (XDG_CONFIG_HOME) with animations off, which WebKitGTK reports to pages as
 * `prefers-reduced-motion: reduce`. WebDriver cannot emulate media, and GTK reads the setting once, at
 * start: so the whole WebKit run prefers reduced motion, and the zoom tests that ask for it hold there
 * (test/media.ts checks that the page does prefer it; the tests of smooth zooms are skipped in WebKit).
 */
function reducedMotionGtkConfig() {
  const folder = join(root, 'node_modules', '.cache', 'event-timeline', 'webkit-gtk-config');
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(folder, gtk), { recursive: true });
    writeFileSync(join(folder, gtk, 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  }
  return folder;
}

/**
 * Starts WebKitWebDriver on a free port and resolves once it answers /status. It is stopped when this
 * process exits, however it exits.
 */
export async function startWebKitWebDriver(driverPath) {
  const port = await freePort();
  // The driver passes its environment on to MiniBrowser: the fonts, and GTK's animations off.
  const env = { ...browserEnv(), XDG_CONFIG_HOME: reducedMotionGtkConfig() };
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => driver.exitCode === null && driver.kill();
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(1)));
  const started = Date.now();
  while (Date.now() - started < 10_000) {
    if (driver.exitCode !== null) throw new Error(`${driverPath} exited with code ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, process: driver };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`${driverPath} did not answer on port ${port} within 10 s`);
}
