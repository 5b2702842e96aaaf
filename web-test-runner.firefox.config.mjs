/** The test suite in Firefox (`npm run test:browsers`), driven by puppeteer over WebDriver BiDi. */
import { baseConfig } from './scripts/test-runner-base.mjs';
import { INSTALL_HINT, browserEnv, findFirefox } from './scripts/engines.mjs';
import { firefoxLauncher } from './scripts/firefox-launcher.mjs';

const firefox = findFirefox();
if (!firefox) throw new Error(`Firefox is not installed. Debian/Ubuntu: ${INSTALL_HINT} (or set FIREFOX_PATH)`);

export default {
  ...baseConfig(),
  browsers: [firefoxLauncher({ executablePath: firefox, env: browserEnv() })],
};
