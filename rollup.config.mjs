import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

/** One minified ES module with Lit and D3 inside: all a plain page needs. */
export default {
  input: 'src/event-timeline.ts',
  output: { file: 'dist/event-timeline.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve(),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
