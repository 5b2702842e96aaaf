/**
 * Fails the build when the bundle outgrows its budget (minified, then gzip -9), as issue 4 sets it. The
 * budget is for dist/event-timeline.js, all a page loads; the readers of other formats, loaded on demand
 * from a file beside it, are reported too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 45 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => {
  const bytes = readFileSync(`dist/${file}`);
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
};
const main = size('event-timeline.js');
console.log(`dist/event-timeline.js: ${kb(main.minified)} minified, ${kb(main.gzipped)} gzipped (budget ${kb(BUDGET)})`);
for (const file of readdirSync('dist').filter((name) => /^(event-timeline-.+|read-worker)\.js$/.test(name))) {
  const chunk = size(file);
  console.log(`dist/${file} (loaded on demand): ${kb(chunk.minified)} minified, ${kb(chunk.gzipped)} gzipped`);
}
if (main.gzipped > BUDGET) {
  console.error(`The bundle is ${kb(main.gzipped - BUDGET)} over its budget.`);
  process.exit(1);
}
