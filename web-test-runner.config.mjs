import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { baseConfig } from './scripts/test-runner-base.mjs';

const chromium = await findChromium();

export default {
  ...baseConfig(),
  // gc() and an exact heap size, for the lifecycle test that looks for leaks.
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.executablePath, env: chromium.env, args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    }),
  ],
};
