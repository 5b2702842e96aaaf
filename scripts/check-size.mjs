/** Fails the build when the bundle outgrows its budget (minified, then gzip -9), as issue 4 sets it. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 45 * 1024;
const file = 'dist/event-timeline.js';
const bytes = readFileSync(file);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(bytes.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET)})`);
if (gzipped > BUDGET) {
  console.error(`The bundle is ${kb(gzipped - BUDGET)} over its budget.`);
  process.exit(1);
}
