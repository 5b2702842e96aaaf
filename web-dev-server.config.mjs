import { esbuildPlugin } from '@web/dev-server-esbuild';
import { wdsD3Shims } from './scripts/d3-shims.mjs';
import { workerSource } from './scripts/worker-source.mjs';

/** `npm start`: serves the demo with the TypeScript sources compiled on the fly. */
export default {
  port: 8000,
  hostname: '127.0.0.1',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
  middleware: [workerSource()],
  plugins: [wdsD3Shims(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
};
