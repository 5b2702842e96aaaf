/**
 * What every test browser's web-test-runner config shares: the test files, the server (modules, the d3
 * stand-ins, TypeScript with the project's decorators, the local test server) and the reporters.
 * web-test-runner.config.mjs (Chromium) and the Firefox and WebKit configs add only their browser.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './summary-reporter.mjs';
import { staticRenderServer } from './static-render-server.mjs';
import { testServer } from './test-server.mjs';
import { wdsD3Shims } from './d3-shims.mjs';
import { workerSource } from './worker-source.mjs';

/** @param {{ plugins?: unknown[], testsFinishTimeout?: number }} [extra] */
export function baseConfig(extra = {}) {
  return {
    files: ['test/**/*.test.ts'],
    nodeResolve: true,
    // A real local server for the network and security tests, and the command line run for its tests.
    middleware: [workerSource(), testServer(), staticRenderServer()],
    // Decorators are compiled the legacy way (tsconfig's experimentalDecorators); esbuild must read it.
    plugins: [wdsD3Shims(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), ...(extra.plugins ?? [])],
    concurrency: 1,
    testFramework: { config: { timeout: 10000 } },
    reporters: [defaultReporter(), summaryReporter()],
    ...(extra.testsFinishTimeout ? { testsFinishTimeout: extra.testsFinishTimeout } : {}),
  };
}
