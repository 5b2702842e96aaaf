/**
 * Bundles the framework examples: demo/react/app.tsx and demo/vue/app.ts to dist/app.js beside each.
 * React and Vue ship CommonJS or builds that expect a bundler, so the dev server cannot serve them as
 * they are. esbuild, no network, about a second; `npm run build` ends with it.
 * The element comes from src/, compiled with the same d3 stand-ins as the main bundle.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * package.json's `sideEffects` names the built files (lib/, dist/), so esbuild takes src/ for pure and drops
 * the registration when an example uses only helpers from src/index.ts. Without it React would meet an
 * undefined <event-timeline> and set `events` as an attribute. Mark the registering module as what it is.
 */
const keepRegistration = {
  name: 'keep-registration',
  setup(build) {
    build.onResolve({ filter: /event-timeline\.js$/ }, async ({ path, resolveDir, kind, pluginData }) => {
      if (pluginData === 'keep-registration') return undefined;
      const resolved = await build.resolve(path, { resolveDir, kind, pluginData: 'keep-registration' });
      return resolved.path.endsWith('/src/event-timeline.ts') ? { path: resolved.path, sideEffects: true } : undefined;
    });
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: false,
  sourcemap: true,
  // Legacy decorators, as the rest of the build: esbuild reads experimentalDecorators from here.
  tsconfig: 'tsconfig.json',
  alias: {
    'd3-transition': './src/vendor/d3-transition-lite.ts',
    'd3-interpolate': './src/vendor/d3-interpolate-lite.ts',
  },
  plugins: [keepRegistration],
  logLevel: 'warning',
};

// React and Vue in their development builds: an example should show their warnings in the console.
const started = performance.now();
await Promise.all([
  build({
    ...common,
    entryPoints: ['demo/react/app.tsx'],
    outfile: 'demo/react/dist/app.js',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
  }),
  build({
    ...common,
    entryPoints: ['demo/vue/app.ts'],
    outfile: 'demo/vue/dist/app.js',
    // The full build, with the template compiler: the example's template is compiled in the browser.
    alias: { ...common.alias, vue: 'vue/dist/vue.esm-bundler.js' },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  }),
]);
console.log(`demos built in ${Math.round(performance.now() - started)} ms: demo/react/dist/app.js, demo/vue/dist/app.js`);
