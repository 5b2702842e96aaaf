/**
 * Test server routes (web-test-runner middleware) that run the command line and the server rendering
 * example in Node, each in a process of its own, so that browser tests can look at what they write:
 *   /test-server/cli?args=[...]&out=svg|png|html[&data=...]  runs `event-timeline render`, answers JSON
 *     { code, stdout, stderr, file } (the file as text, or base64 for a PNG). `data` is an events file's
 *     text, written to a temporary file that stands for the `{data}` word in args.
 *   /test-server/ssr-page?lang=hy&width=800[&script=/dist/event-timeline.js]  the example page, as HTML.
 * Both need the build (lib/), which `npm test` makes first.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function run(args) {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, timeout: 60_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

export function staticRenderServer() {
  return async (ctx, next) => {
    if (ctx.path === '/test-server/cli') {
      const params = new URL(ctx.url, 'http://127.0.0.1').searchParams;
      const folder = mkdtempSync(join(tmpdir(), 'event-timeline-cli-test-'));
      try {
        const data = params.get('data');
        const dataFile = join(folder, `events.${params.get('ext') ?? 'json'}`);
        if (data !== null) writeFileSync(dataFile, data);
        const out = join(folder, `timeline.${params.get('out') ?? 'svg'}`);
        const args = JSON.parse(params.get('args') ?? '[]').map((word) => (word === '{data}' ? dataFile : word === '{out}' ? out : word));
        const result = await run(['bin/event-timeline.mjs', ...args]);
        const file = existsSync(out) ? readFileSync(out) : undefined;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ ...result, file: file && (out.endsWith('.png') ? file.toString('base64') : file.toString('utf8')) });
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
      return;
    }
    if (ctx.path === '/test-server/ssr-page') {
      const params = new URL(ctx.url, 'http://127.0.0.1').searchParams;
      const args = ['demo/ssr/render-page.mjs', '--lang', params.get('lang') ?? 'en', '--width', params.get('width') ?? '800'];
      if (params.get('script')) args.push('--script', params.get('script'));
      // Another events file, from the test fixtures only (a name, not a path).
      const fixture = params.get('fixture');
      if (fixture && /^[\w-]+\.json$/.test(fixture)) args.push('--data', `test/fixtures/${fixture}`);
      const result = await run(args);
      ctx.status = result.code ? 500 : 200;
      ctx.type = result.code ? 'text/plain' : 'text/html';
      ctx.body = result.code ? result.stderr : result.stdout;
      return;
    }
    return next();
  };
}
