import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssLiterals } from './scripts/rollup-minify-css.mjs';
import { rollupD3Shims } from './scripts/d3-shims.mjs';

/** One minified ES module with Lit and D3 inside: all a plain page needs. */
export default {
  input: 'src/event-timeline.ts',
  output: { file: 'dist/event-timeline.js', format: 'es', sourcemap: true },
  plugins: [
    rollupD3Shims(),
    nodeResolve(),
    minifyCssLiterals(),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
  ],
};
