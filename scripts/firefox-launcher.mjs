/**
 * Firefox for the tests: @web/test-runner-chrome's launcher, whose puppeteer speaks WebDriver BiDi to it.
 *
 * Puppeteer emulates media only through CDP, which Firefox does not speak, so `emulateMedia()` from
 * @web/test-runner-commands would throw there. The pages this launcher hands out do it Firefox's own way
 * instead, from the browser's privileged (chrome) scope that `--remote-allow-system-access` opens to BiDi:
 * the preferences `layout.css.prefers-color-scheme.content-override` and `ui.prefersReducedMotion`, and
 * each tab's `mediumOverride` for print. So the theme and motion tests run unchanged in Firefox.
 *
 * Two more gaps of puppeteer over BiDi are filled so that tests need not know which engine they run in:
 * the key name 'Space' (unknown there; ' ' is the same key) and `mouse.reset()`, which releases the
 * buttons but leaves the pointer where it was; over CDP it also moves it to (0, 0), so hovering ends.
 */
import { dirname } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';

/** `prefers-color-scheme` values to the content-override preference (0 dark, 1 light); others clear it. */
const COLOR_SCHEME_PREF = { dark: 0, light: 1 };
/** `prefers-reduced-motion` values to `ui.prefersReducedMotion`. */
const REDUCED_MOTION_PREF = { reduce: 1, 'no-preference': 0 };

/** The source of a chrome-scope script that sets (a number) or clears (null) an integer preference. */
const setIntPref = (name, value) =>
  value === null || value === undefined
    ? `Services.prefs.clearUserPref(${JSON.stringify(name)});`
    : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${Number(value)});`;

/** Runs `source` in the chrome scope of the browser behind `page`. */
async function runInChromeScope(page, source) {
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = tree.result.contexts[0]?.context;
  if (!context) throw new Error('Firefox showed no chrome window to set media emulation in');
  const { result } = await connection.send('script.evaluate', { expression: `(() => { ${source} })()`, target: { context }, awaitPromise: false });
  if (result.type === 'exception') throw new Error(`Firefox media emulation failed: ${result.exceptionDetails.text}`);
}

/**
 * Waits until the page matches every media query in `queries`. A preference reaches the page's content
 * process a moment after it is set; over CDP, emulation is in force when the command returns, and the
 * tests read styles right after it.
 */
async function untilPageMatches(page, queries) {
  const started = Date.now();
  while (!(await page.evaluate((list) => list.every((query) => matchMedia(query).matches), queries))) {
    if (Date.now() - started > 5000) throw new Error(`Firefox media emulation: the page still does not match ${queries.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Key names puppeteer knows over CDP but not over BiDi, and the key each one is. */
const KEY_ALIASES = { Space: ' ' };

/** Gives `page` what puppeteer does over CDP and not over BiDi: media emulation, key names, mouse reset. */
function fillBidiGaps(page) {
  if (page.__bidiGapsFilled) return page;
  page.__bidiGapsFilled = true;
  for (const method of ['press', 'down', 'up']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...rest) => original(KEY_ALIASES[key] ?? key, ...rest);
  }
  const reset = page.mouse.reset.bind(page.mouse);
  page.mouse.reset = async () => {
    await reset();
    // After the reset, BiDi places the new pointer at (0, 0) already, so a move there alone sends nothing.
    await page.mouse.move(1, 1);
    await page.mouse.move(0, 0);
  };
  page.emulateMediaFeatures = async (features = []) => {
    const scripts = [];
    const expected = [];
    for (const { name, value } of features) {
      if (name === 'prefers-color-scheme') scripts.push(setIntPref('layout.css.prefers-color-scheme.content-override', COLOR_SCHEME_PREF[value]));
      else if (name === 'prefers-reduced-motion') scripts.push(setIntPref('ui.prefersReducedMotion', REDUCED_MOTION_PREF[value]));
      else throw new Error(`Firefox media emulation does not know the feature ${name}`);
      // A cleared colour scheme is the browser's own: nothing in particular to wait for.
      const cleared = name === 'prefers-color-scheme' && !(value in COLOR_SCHEME_PREF);
      if (!cleared) expected.push(`(${name}: ${value})`);
    }
    if (!scripts.length) return;
    await runInChromeScope(page, scripts.join('\n'));
    await untilPageMatches(page, expected);
  };
  page.emulateMediaType = async (type) => {
    // Every tab: the tests run one page at a time (concurrency 1), and the override is per tab.
    const medium = type && type !== 'screen' ? type : '';
    await runInChromeScope(
      page,
      `for (const win of Services.wm.getEnumerator('navigator:browser'))
         for (const browser of win.gBrowser.browsers) browser.browsingContext.mediumOverride = ${JSON.stringify(medium)};`,
    );
    await untilPageMatches(page, [medium || 'screen']);
  };
  return page;
}

/** @param {{ executablePath: string, env: Record<string, string> }} options */
export function firefoxLauncher({ executablePath, env }) {
  const launcher = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      env,
      args: ['--remote-allow-system-access'],
      // The parent process lists the fonts of FONTCONFIG_FILE, but the content sandbox lets pages' processes
      // read only the system's font folders: without this, Noto Sans is named yet not drawn, and text falls
      // back to other fonts (measured widths then differ from Chromium's).
      extraPrefsFirefox: env.FONTCONFIG_FILE ? { 'security.sandbox.content.read_path_whitelist': `${dirname(env.FONTCONFIG_FILE)}/` } : {},
    },
  });
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (sessionId) => fillBidiGaps(getPage(sessionId));
  return launcher;
}
