import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/rollup-minify-css.mjs';
import { rollupD3Shims } from './scripts/d3-shims.mjs';

const plugins = () => [
  rollupD3Shims(),
  nodeResolve(),
  minifyCssLiterals(),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
  terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }),
];

/** One minified ES module with Lit and D3 inside: all a plain page needs. */
const element = {
  input: 'src/event-timeline.ts',
  // The reader chunk imports what it shares with the element from the element's own file, not a third one.
  preserveEntrySignatures: 'allow-extension',
  // The element in one file; the readers of other formats (TimelineJS3, CSV, TSV) in a second file beside
  // it, which the element loads itself the first time a page gives such data.
  output: {
    dir: 'dist',
    entryFileNames: 'event-timeline.js',
    chunkFileNames: 'event-timeline-[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: plugins(),
};

/**
 * The worker that reads large data (src/controllers/read-worker.ts), a file of its own beside the element:
 * the element starts it as `new URL('./read-worker.js', import.meta.url)`, from dist/ as from lib/controllers/.
 * It holds its own copy of the readers, since a worker shares no module with the page.
 */
const worker = {
  input: 'src/controllers/read-worker.ts',
  output: { file: 'dist/read-worker.js', format: 'es', sourcemap: true },
  plugins: plugins(),
};

export default [element, worker];
