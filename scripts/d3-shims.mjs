/**
 * Resolves `d3-transition` and `d3-interpolate` (imported by d3-zoom) to the small stand-ins in
 * src/vendor/, for rollup and for the dev and test servers alike, so that what is tested is what ships.
 * Those files say why.
 */
import { fileURLToPath } from 'node:url';

const SHIMS = {
  'd3-transition': 'src/vendor/d3-transition-lite.ts',
  'd3-interpolate': 'src/vendor/d3-interpolate-lite.ts',
};

/** For rollup. */
export function rollupD3Shims() {
  return {
    name: 'd3-transition-lite',
    resolveId(source) {
      const shim = SHIMS[source];
      return shim ? fileURLToPath(new URL(`../${shim}`, import.meta.url)) : null;
    },
  };
}

/** For @web/dev-server and @web/test-runner. */
export function wdsD3Shims() {
  return {
    name: 'd3-transition-lite',
    resolveImport({ source }) {
      const shim = SHIMS[source];
      return shim ? `/${shim}` : undefined;
    },
  };
}
