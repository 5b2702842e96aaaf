import { esbuildPlugin } from '@web/dev-server-esbuild';
import { wdsD3Shims } from './scripts/d3-shims.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const chromium = await findChromium();
import { testServer } from './scripts/test-server.mjs';
import { staticRenderServer } from './scripts/static-render-server.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // A real local server for the network and security tests.
  middleware: [testServer(), staticRenderServer()],
  // Decorators are compiled the legacy way (tsconfig's experimentalDecorators); esbuild must read it.
  plugins: [wdsD3Shims(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  // gc() and an exact heap size, for the lifecycle test that looks for leaks.
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromium.executablePath, env: chromium.env, args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
