/**
 * A real local server for the network tests, as @web/test-runner middleware (Koa): slow answers, error
 * statuses, HTML where JSON was expected, answers too large, a flaky endpoint, and a page served with a
 * strict Content-Security-Policy. Only on 127.0.0.1, only while the tests run.
 */
import { Readable } from 'node:stream';

/** The strictest policy Lit permits: Lit's templates need their own Trusted Types policy, `lit-html`. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const attempts = new Map();
const sent = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function eventsBody(params) {
  const id = params.get('id') ?? 'a';
  return JSON.stringify({ events: [{ id, start: params.get('start') ?? '2017-09-11', title: params.get('title') ?? `Event ${id}` }] });
}

/** A body of `bytes` bytes, in 16 KB chunks, counting in `sent` what was actually sent under `key`. */
function bigBody(bytes, key) {
  sent.set(key, 0);
  return Readable.from(
    (async function* () {
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      for (let left = bytes; left > 0; left -= chunk.length) {
        const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
        sent.set(key, sent.get(key) + part.length);
        yield part;
        await sleep(1);
      }
    })(),
  );
}

export function testServer() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/csp/')) {
      await next();
      ctx.set('Content-Security-Policy', STRICT_CSP);
      return;
    }
    if (!ctx.path.startsWith('/test-server/')) return next();
    const params = new URL(ctx.url, 'http://127.0.0.1').searchParams;
    const delay = Math.min(Number(params.get('delay') ?? 0), 30_000);
    if (delay) await sleep(delay);
    const key = params.get('key') ?? '';
    switch (ctx.path.slice('/test-server/'.length)) {
      case 'events':
        ctx.type = 'application/json';
        ctx.body = eventsBody(params);
        return;
      case 'status':
        ctx.status = Number(params.get('code') ?? 500);
        ctx.type = 'text/plain';
        ctx.body = 'failed';
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Sign in</title><p>Please sign in.</p>';
        return;
      case 'html-as-json':
        ctx.type = 'application/json';
        ctx.body = '<!doctype html><title>Error</title><p>Something went wrong.</p>';
        return;
      case 'big': {
        const bytes = Number(params.get('bytes') ?? 1_000_000);
        ctx.type = 'application/json';
        if (params.get('declare') !== 'no') ctx.length = bytes;
        ctx.body = bigBody(bytes, key);
        return;
      }
      case 'sent':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ sent: sent.get(key) ?? 0 });
        return;
      case 'flaky': {
        const count = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, count);
        if (count <= Number(params.get('fail') ?? 1)) {
          ctx.status = 503;
          ctx.body = 'busy';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = eventsBody(params);
        return;
      }
      default:
        return next();
    }
  };
}
