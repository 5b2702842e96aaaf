/**
 * Screenshots of the demo for the README and for looking at what was built:
 * `npm run screenshot` (after `npm run build`) writes docs/screenshot-hy.png and docs/screenshot-en.png.
 * Extra arguments name other pages and sizes: `node scripts/screenshot.mjs /demo/plain.html 800x900 out.png`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { chromiumArgs, findChromium } from './chromium.mjs';

const chromium = await findChromium();

const server = await startDevServer({
  config: { rootDir: '.', port: 8765, hostname: '127.0.0.1', nodeResolve: true, watch: false, open: false,
    plugins: [(await import('./d3-shims.mjs')).wdsD3Shims(), (await import('@web/dev-server-esbuild')).esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

// Asynchronous: the dev server runs in this same process and must keep answering Chromium.
async function shoot(path, size, file) {
  await promisify(execFile)(chromium.executablePath, [
    ...chromiumArgs, '--headless', '--hide-scrollbars', `--window-size=${size.replace('x', ',')}`,
    '--virtual-time-budget=5000', `--screenshot=${file}`, `http://127.0.0.1:8765${path}`,
  ], { timeout: 60_000, env: chromium.env });
  console.log(`wrote ${file}`);
}

try {
  mkdirSync('docs', { recursive: true });
  const [path, size, file] = process.argv.slice(2);
  if (path) await shoot(path, size ?? '1200x900', file ?? 'docs/screenshot.png');
  else {
    await shoot('/demo/index.html?lang=hy', '1200x760', 'docs/screenshot-hy.png');
    await shoot('/demo/index.html?lang=en', '1200x760', 'docs/screenshot-en.png');
  }
} finally {
  await server.stop();
}
