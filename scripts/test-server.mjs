/**
 * A real local server for the network tests, as @web/test-runner middleware (Koa): slow answers, error
 * statuses, HTML where JSON was expected, answers too large, a flaky endpoint, and a page served with a
 * strict Content-Security-Policy. Only on 127.0.0.1, only while the tests run.
 */
import { Readable } from 'node:stream';

/** The strictest policy Lit permits: Lit's templates need their own Trusted Types policy, `lit-html`. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html event-timeline";

/**
 * A large events document (more than 2 MB, so that the element reads it in a worker): `n` events, `l1`,
 * `l2`… each a day (every tenth a month's range) from 1900 on, in an order that is not time order, six
 * categories; `bad=7,12`: those (1-based) have no title.
 */
export function largeEvents(params) {
  const n = Number(params.get('n') ?? 30_000);
  const bad = new Set((params.get('bad') ?? '').split(',').filter(Boolean).map(Number));
  const events = [];
  for (let i = 1; i <= n; i++) {
    const day = (i * 7919) % 36_500;
    const start = new Date(Date.UTC(1900, 0, 1 + day)).toISOString().slice(0, 10);
    const event = { id: `l${i}`, start: i % 10 ? start : start.slice(0, 7), title: `Large event number ${i}`, category: `c${i % 6}` };
    if (i % 10 === 0) event.end = `${start.slice(0, 4)}-12`;
    if (bad.has(i)) delete event.title;
    events.push(event);
  }
  return JSON.stringify({ title: 'Large', events }, null, 1);
}

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

/**
 * Events served slowly: `lines` events (`n1`, `n2`… a day apart from 2001-01-01), `per` of them every
 * `every` ms, as JSON Lines (`as=ndjson`, the default, with the content type in `type`) or one JSON
 * document (`as=json`, its length declared). `bad=3,7`: those lines are not JSON. `forever=1`: the lines never end.
 */
function slowEvents(params) {
  const count = Number(params.get('lines') ?? 20);
  const per = Number(params.get('per') ?? 5);
  const every = Number(params.get('every') ?? 100);
  const bad = new Set((params.get('bad') ?? '').split(',').filter(Boolean).map(Number));
  const forever = params.get('forever') === '1';
  const json = params.get('as') === 'json';
  const line = (i) => {
    if (bad.has(i)) return `{"id": "n${i}", "start": oops`;
    const day = new Date(Date.UTC(2001, 0, 1) + (i - 1) * 86_400_000).toISOString().slice(0, 10);
    return JSON.stringify({ id: `n${i}`, start: day, title: `Line ${i}` });
  };
  const pieces = [];
  for (let i = 1; i <= count; i += per) {
    const lines = [];
    for (let j = i; j < i + per && j <= count; j++) lines.push(line(j));
    pieces.push(json ? `${i === 1 ? '{"events": [' : ','}${lines.join(',')}` : `${lines.join('\n')}\n`);
  }
  if (json) pieces.push(']}');
  const body = Readable.from(
    (async function* () {
      for (let i = 0; forever || i < pieces.length; i++) {
        yield Buffer.from(pieces[i % pieces.length]);
        await sleep(every);
      }
    })(),
  );
  return { body, length: json ? Buffer.byteLength(pieces.join('')) : undefined };
}

export function testServer() {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test/csp/')) {
      await next();
      // ?worker=none: the same policy, refusing workers (the element then reads large data in slices).
      const worker = new URL(ctx.url, 'http://127.0.0.1').searchParams.get('worker') === 'none';
      ctx.set('Content-Security-Policy', worker ? STRICT_CSP.replace("worker-src 'self'", "worker-src 'none'") : STRICT_CSP);
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
      case 'slow':
      case 'slow.jsonl': {
        const { body, length } = slowEvents(params);
        ctx.type = params.get('as') === 'json' ? 'application/json' : params.get('type') ?? 'application/x-ndjson';
        if (length) ctx.length = length;
        ctx.body = body;
        return;
      }
      case 'large':
        ctx.type = 'application/json';
        ctx.body = largeEvents(params);
        return;
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
