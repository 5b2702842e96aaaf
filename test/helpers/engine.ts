/**
 * Which browser engine runs the tests, for the few tests that depend on what one engine or one test driver
 * can do. The suite runs in Chromium (`npm test`) and in Firefox and WebKit (`npm run test:browsers`).
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detectEngine(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  // Chromium's user agent names AppleWebKit and Safari too; only Chromium's names Chrome.
  if (/\bAppleWebKit\//.test(userAgent) && !/\b(Chrome|Chromium|HeadlessChrome)\//.test(userAgent)) return 'webkit';
  return 'chromium';
}

export const engine: Engine = detectEngine(navigator.userAgent);

/**
 * What the test drivers can do in each engine. WebKit is driven through classic WebDriver, which cannot
 * emulate media (colour scheme, reduced motion, print); Chromium does it over CDP, Firefox through its
 * preferences (scripts/firefox-launcher.mjs).
 */
export const driverCan = {
  emulateMedia: engine !== 'webkit',
  /** Classic WebDriver cannot size the viewport either (WebKit's window keeps its size). */
  setViewport: engine !== 'webkit',
};

export const NO_VIEWPORT = 'WebDriver cannot set the size of the viewport';

type TestBody = Mocha.Func | Mocha.AsyncFunc;

/**
 * `it`, where `supported` is true; elsewhere the test is skipped, and its title says in which engine and
 * why, so that a skip is always visible in the report with its reason.
 */
export function itWhere(supported: boolean, reason: string): (title: string, body: TestBody) => Mocha.Test {
  if (supported) return (title, body) => it(title, body);
  return (title, body) => it.skip(`${title} [skipped in ${engine}: ${reason}]`, body);
}
