/**
 * Screenshots of the demo for the README and for looking at what was built:
 * `npm run screenshot` (after `npm run build`) writes docs/screenshot-hy.png and docs/screenshot-en.png.
 * Extra arguments name another page, a size and a file, `--dark` for a dark system colour scheme and
 * `--viewport` for the first screenful only (else the whole page), `--wait=ms` to wait longer before the shot
 * (for a large data set still loading):
 * `node scripts/screenshot.mjs /demo/plain.html 800x900 out.png --dark`.
 * Through playwright-core, which waits for the timeline to draw (the headless shell's --screenshot can hang).
 */
import { mkdirSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const found = await findChromium();
// Apart for each run, so that several sessions on one machine can take screenshots at once.
const PORT = Number(process.env.SCREENSHOT_PORT) || 8765 + (process.pid % 500);
const server = await startDevServer({
  config: { rootDir: '.', port: PORT, hostname: '127.0.0.1', nodeResolve: true, watch: false, open: false,
    plugins: [(await import('./d3-shims.mjs')).wdsD3Shims(), (await import('@web/dev-server-esbuild')).esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await chromium.launch({ executablePath: found.executablePath, env: found.env, args: chromiumArgs });

async function shoot(path, size, file, dark, fullPage = true, wait = 400) {
  const [width, height] = size.split('x').map(Number);
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(`http://127.0.0.1:${PORT}${path}`);
  // Every timeline on the page has drawn its chart (or said why not).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('event-timeline')].every((el) => el.shadowRoot?.querySelector('[part="chart"], [role="alert"], [part="empty"]')),
  { timeout: 20_000 }).catch(() => console.log(`(${path}: not every timeline drew within 20 s)`));
  await page.waitForTimeout(wait);
  await page.screenshot({ path: file, fullPage });
  await page.close();
  console.log(`wrote ${file}`);
}

try {
  mkdirSync('docs', { recursive: true });
  const args = process.argv.slice(2);
  const dark = args.includes('--dark');
  const fullPage = !args.includes('--viewport');
  const wait = Number(args.find((arg) => arg.startsWith('--wait='))?.slice(7)) || 400;
  const [path, size, file] = args.filter((arg) => !arg.startsWith('--'));
  if (path) await shoot(path, size ?? '1200x900', file ?? 'docs/screenshot.png', dark, fullPage, wait);
  else {
    await shoot('/demo/index.html?lang=hy', '1200x760', 'docs/screenshot-hy.png', false);
    await shoot('/demo/index.html?lang=en', '1200x760', 'docs/screenshot-en.png', false);
  }
} finally {
  await browser.close();
  await server.stop();
}
