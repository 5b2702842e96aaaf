/**
 * The test suite in WebKit (`npm run test:browsers`): WebKitGTK's MiniBrowser driven through classic
 * WebDriver by WebKitWebDriver, which this config starts on a free port. MiniBrowser has no headless mode:
 * run this config under `xvfb-run -a` where there is no display.
 */
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { baseConfig } from './scripts/test-runner-base.mjs';
import { INSTALL_HINT, findWebKit, startWebKitWebDriver } from './scripts/engines.mjs';

const webkit = findWebKit();
if (!webkit) throw new Error(`WebKit (WebKitWebDriver and MiniBrowser) is not installed. Debian/Ubuntu: ${INSTALL_HINT}`);
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) throw new Error('MiniBrowser needs a display: run this under xvfb-run -a');

// WebKitWebDriver passes its environment on to MiniBrowser: Chromium's fonts, and reduced motion
// (scripts/engines.mjs says why).
const driver = await startWebKitWebDriver(webkit.driver);

export default {
  // The property tests run several times slower here than in Chromium.
  ...baseConfig({ testsFinishTimeout: 300_000 }),
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation', '--private'] },
      },
    }),
  ],
};
