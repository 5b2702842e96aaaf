/**
 * The speed benchmark: `npm run bench` (build, then this script).
 *
 * Serves the repository on 127.0.0.1 (a small static server in this process), drives the system Chromium
 * through playwright-core, and for each N measures <event-timeline> and vis-timeline on the same seeded
 * events (bench/data.mjs), in a fresh page each:
 *   - first paint: from handing the data over to just after the first frame that shows it;
 *   - frame times over a scripted zoom and pan (60 steps): median and p95;
 *   - used JS heap after the load (after a forced GC);
 * then the large-data cases of issue 15, <event-timeline> alone, on 10 % month ranges and 90 % day points
 * (bench/data.mjs, generateMonthRanges) at 10,000, 100,000 and 1,000,000 events: first paint, the longest
 * main-thread task while loading (a `longtask` PerformanceObserver), heap, zoom frames, and at 1,000,000
 * addEvents (1 and 1,000), updateEvents (1) and removeEvents (1), each to the frame that shows it.
 * How each time is taken is written in bench/page.mjs. Every measurement has a time limit; a component
 * that does not finish is recorded as "> limit", and a crashed tab as a crash, and the run goes on.
 *
 *   node scripts/bench.mjs [--sizes 1000,10000,100000] [--components ours,vis] [--large | --no-large]
 *                          [--large-sizes 10000,100000,1000000] [--million] [--groups | --no-groups]
 *                          [--smoke] [--out bench/results.json] [--md bench/results.md] [--port 8790]
 *
 * --smoke: 1,000 events, 9 frames, our element only, no 1,000,000 run, writes nothing unless --out is
 * given; exits 1 if the load fails. For CI (`.ci/run`), after `npm run build`.
 */
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`);
    const [key, inline] = arg.slice(2).split('=', 2);
    if (['smoke', 'million', 'no-million', 'large', 'no-large', 'groups', 'no-groups', 'help'].includes(key)) options[key] = true;
    else options[key] = inline ?? argv[++i];
  }
  return options;
}
const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
const smoke = Boolean(args.smoke);
const sizes = (args.sizes ?? (smoke ? '1000' : '1000,10000,100000')).split(',').map((s) => Number(s.replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: positive integers, got ${args.sizes}`);
const components = (args.components ?? (smoke ? 'ours' : 'ours,vis')).split(',');
const large = args['no-large'] ? false : args.large ? true : !smoke;
/** The grouped cases of issue 14 (100,000 events in 50 groups), on unless --no-groups or --smoke. */
const grouped = args['no-groups'] ? false : args.groups ? true : !smoke;
const largeSizes = (args['large-sizes'] ?? '10000,100000,1000000').split(',').map((s) => Number(s.replace(/_/g, '')));
// The old 1,000,000 run (the peers' mix, no frames) only when asked: the large-data cases include a million.
const million = args['no-million'] ? false : args.million ? true : !smoke && !large;
const outJson = args.out ?? (smoke ? undefined : 'bench/results.json');
const outMd = args.md ?? (outJson ? join(dirname(outJson), 'results.md') : undefined);
const port = Number(args.port ?? 8790);
const script = smoke ? { zoomSteps: 3, panSteps: 3 } : { zoomSteps: 20, panSteps: 20 };

/** Time limits, ms. */
const LIMIT = {
  load: Number(args['load-timeout'] ?? 60_000), // first paint, per component and N
  loadMillion: Number(args['million-timeout'] ?? 120_000),
  frame: 20_000, // one frame
  frames: 60_000, // all the frames of one component and N: the script stops there, with what it has
  prepare: 60_000,
  close: 15_000,
};

// ---------------------------------------------------------------- static server (127.0.0.1 only)
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
function startServer(wantedPort) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = resolve(root, `.${path}`);
    let stat;
    try {
      stat = file.startsWith(root + sep) ? statSync(file) : undefined;
    } catch {
      stat = undefined;
    }
    if (!stat?.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', (error) => {
      // The port is taken (another run?): let the system pick one.
      if (error.code === 'EADDRINUSE' && wantedPort !== 0) startServer(0).then(ok, fail);
      else fail(error);
    });
    server.listen(wantedPort, '127.0.0.1', () => ok(server));
  });
}

// ---------------------------------------------------------------- helpers
class Timeout extends Error {}
class Crash extends Error {}

function withLimit(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Timeout(`${what}: no answer in ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x, digits = 1) => (x === undefined || x === null ? x : Math.round(x * 10 ** digits) / 10 ** digits);
const MB = 1024 * 1024;

// ---------------------------------------------------------------- the browser
const found = await findChromium();
const launchOptions = {
  executablePath: found.executablePath,
  env: found.env,
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
};
let browser;
async function ensureBrowser() {
  if (!browser?.isConnected()) browser = await chromium.launch(launchOptions);
  return browser;
}
/** Closes a context; a renderer stuck in a long task can make that hang, then the whole browser goes. */
async function dispose(context) {
  try {
    await withLimit(context.close(), LIMIT.close, 'closing the page');
  } catch {
    console.log('    (the page did not close; restarting Chromium)');
    const stuck = browser;
    browser = undefined;
    await withLimit(stuck.close(), LIMIT.close, 'closing Chromium').catch(() => stuck.process?.()?.kill('SIGKILL'));
  }
}

/**
 * One component, one N, in a fresh context and page. Returns the record for results.json.
 * Never throws: a time limit or a crash is recorded as such.
 */
async function measure(origin, component, n, { frames = true, loadLimit = LIMIT.load, generator = 'mixed', changes = [], noWorker = false, search = false, warmUp = true } = {}) {
  const record = { n, component, status: 'ok', generator, ...(noWorker ? { noWorker } : {}) };
  const started = Date.now();
  const context = await (await ensureBrowser()).newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce', // our element then applies a new view without its transition
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  // No Worker at all, as under a policy that refuses workers: our element then reads large data in slices.
  if (noWorker) await context.addInitScript(() => delete window.Worker);
  const page = await context.newPage();
  let crashed;
  const crash = new Promise((_, fail) => {
    page.on('crash', () => {
      crashed = true;
      fail(new Crash('the tab crashed'));
    });
  });
  crash.catch(() => {});
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error.message ?? error).slice(0, 300)));
  // Everything the page is asked goes through here: bounded in time, and stopped by a crash.
  const ask = (fn, arg, limit, what) => withLimit(Promise.race([page.evaluate(fn, arg), crash]), limit, what);
  try {
    await page.goto(`${origin}/bench/${component}.html${search ? '?search' : ''}`, { timeout: 30_000 });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000, state: 'attached' });
    record.prepareMs = round(await ask(([n, generator]) => window.bench.prepare(n, generator), [n, generator], LIMIT.prepare, 'generating the events'));
    record.heapBaseMB = round((await ask(() => window.bench.heap(), undefined, 30_000, 'heap')) / MB);

    try {
      const load = await ask(() => window.bench.load(), undefined, loadLimit, 'first paint');
      record.firstPaintMs = round(load.ms);
      record.loadedMs = round(load.doneMs);
      record.longestTaskMs = round(load.longestTaskMs);
      record.longTasks = load.longTasks;
      record.drawn = load.drawn;
      if (load.problems !== undefined) record.problems = load.problems;
    } catch (error) {
      if (error instanceof Timeout) {
        record.status = 'timeout';
        record.firstPaintMs = null;
        record.limitMs = loadLimit;
        return record;
      }
      throw error;
    }
    record.heapMB = round((await ask(() => window.bench.heap(), undefined, 60_000, 'heap')) / MB);
    record.domNodes = await ask(() => window.bench.domNodes(), undefined, 60_000, 'counting nodes');

    if (frames) {
      const count = await ask((o) => window.bench.script(o), script, 10_000, 'script');
      const times = [];
      const latencies = [];
      const scripts = [];
      const framesStarted = Date.now();
      for (let i = 0; i < count; i++) {
        const left = LIMIT.frames - (Date.now() - framesStarted);
        if (left <= 0) break;
        try {
          const frame = await ask((i) => window.bench.frame(i), i, Math.min(LIMIT.frame, left), `frame ${i}`);
          times.push(frame.ms);
          latencies.push(frame.latencyMs);
          scripts.push(frame.scriptMs);
        } catch (error) {
          if (!(error instanceof Timeout)) throw error;
          record.framesStatus = 'timeout';
          break;
        }
      }
      record.frames = {
        planned: count,
        measured: times.length,
        medianMs: times.length ? round(median(times)) : null,
        p95Ms: times.length ? round(percentile(times, 95)) : null,
        maxMs: times.length ? round(Math.max(...times)) : null,
        scriptMedianMs: times.length ? round(median(scripts)) : null,
        latencyMedianMs: times.length ? round(median(latencies)) : null,
        allMs: times.map((t) => round(t)),
      };
      if (times.length < count) record.framesStatus ??= 'stopped at the time limit';
    }
    if (changes.length) {
      if (warmUp) await ask((kind) => window.bench.change(kind), 'warmUp', 60_000, 'warm-up change');
      record.changes = {};
      for (const kind of changes) record.changes[kind] = round(await ask((kind) => window.bench.change(kind), kind, 60_000, kind));
      record.heapAfterChangesMB = round((await ask(() => window.bench.heap(), undefined, 60_000, 'heap')) / MB);
    }
  } catch (error) {
    record.status = crashed || error instanceof Crash ? 'crash' : 'error';
    record.error = String(error.message ?? error).split('\n')[0].slice(0, 300);
  } finally {
    if (errors.length) record.pageErrors = errors.slice(0, 5);
    record.wallMs = Date.now() - started;
    await dispose(context);
  }
  return record;
}

// ---------------------------------------------------------------- output
const fmtMs = (ms) => (ms === null || ms === undefined ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)}` : `${ms.toFixed(1)}`);
function paintCell(r) {
  if (r.status === 'timeout') return `> ${r.limitMs / 1000} s (timeout)`;
  if (r.status === 'crash') return 'tab crashed';
  if (r.status === 'error') return 'error';
  return fmtMs(r.firstPaintMs);
}
function frameCell(r, key) {
  const f = r.frames;
  if (!f || f[key] === null) return '–';
  return f.measured < f.planned ? `${fmtMs(f[key])} (${f.measured}/${f.planned} frames)` : fmtMs(f[key]);
}
function ratio(vis, ours, get) {
  const a = get(vis);
  const b = get(ours);
  if (!b) return '–';
  if (vis.status === 'timeout' && get === firstPaint) return `> ${Math.round(vis.limitMs / b)}×`;
  if (a === null || a === undefined) return '–';
  const x = a / b;
  return `${x >= 10 ? Math.round(x) : x.toFixed(1)}×`;
}
const firstPaint = (r) => (r.status === 'ok' ? r.firstPaintMs : null);
const frameMedian = (r) => r.frames?.medianMs ?? null;

function table(runs) {
  const lines = [
    '| N | component | first paint ms | frame median ms | frame p95 ms | JS heap MB | vis/ours first paint | vis/ours frame median |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const ours = runs.find((o) => o.n === r.n && o.component === 'ours');
    const isVis = r.component === 'vis';
    lines.push(`| ${r.n.toLocaleString('en-US')} | ${{ ours: '`<event-timeline>`', vis: 'vis-timeline' }[r.component] ?? r.component} | ${paintCell(r)} | ${frameCell(r, 'medianMs')} | ${frameCell(r, 'p95Ms')} | ${r.heapMB ?? '–'} | ${isVis && ours ? ratio(r, ours, firstPaint) : ''} | ${isVis && ours ? ratio(r, ours, frameMedian) : ''} |`);
  }
  return lines.join('\n');
}

/** The goals of issue 15, by N: first paint, longest task while loading, heap, zoom frame p95, a change's redraw (ms, MB). */
const GOALS = {
  10_000: { firstPaintMs: 60 },
  100_000: { firstPaintMs: 250 },
  1_000_000: { firstPaintMs: 1500, longestTaskMs: 50, heapMB: 150, p95Ms: 16.7, changeMs: 50 },
};
const LARGE_NOTE =
  'Data: 90 % day points and 10 % ranges of whole months (one month to two years), 1950-2020, six categories (bench/data.mjs, generateMonthRanges), given through the `events` property. Read in: a list of more than 5,000 events is read a run at a time, in the order given, on the main thread in slices that yield (at any size: a worker would add two copies of every event), each batch merged into what is shown a step per task, and what has been read is drawn while the rest is read. First paint: to just after the first frame that shows events (the first run, before all are read); all read: to just after the frame that follows `timeline-load`. Longest task: the longest main-thread task (a `longtask` PerformanceObserver, so only tasks over 50 ms are seen; 0 means none) from handing the data over until it is all read. Changes at 1,000,000: the time from the call to just after the frame that shows it, after a warm-up change that loads the module. A goal met is marked ✓, missed ✗ (goals of issue 15).';
function largeTable(runs) {
  const mark = (value, goal) => (goal === undefined || value === undefined || value === null ? '' : value <= goal ? ' ✓' : ' ✗');
  const lines = [
    '| N | read in | first paint ms | all read ms | longest task ms | JS heap MB | frame median ms | frame p95 ms | add 1 | add 1,000 | update 1 | remove 1 |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const goal = GOALS[r.n] ?? {};
    const c = r.changes ?? {};
    const change = (kind) => (c[kind] === undefined ? '–' : `${fmtMs(c[kind])}${mark(c[kind], goal.changeMs)}`);
    lines.push(`| ${r.n.toLocaleString('en-US')} | ${r.n <= 5_000 ? 'one task' : r.noWorker ? 'slices (no worker)' : 'slices'} | ${paintCell(r)}${mark(r.firstPaintMs, goal.firstPaintMs)} | ${fmtMs(r.loadedMs)} | ${fmtMs(r.longestTaskMs)}${mark(r.longestTaskMs, goal.longestTaskMs)} | ${r.heapMB ?? '–'}${mark(r.heapMB, goal.heapMB)} | ${frameCell(r, 'medianMs')} | ${frameCell(r, 'p95Ms')}${mark(r.frames?.p95Ms, goal.p95Ms)} | ${change('add1')} | ${change('add1000')} | ${change('update1')} | ${change('remove1')} |`);
  }
  return lines.join('\n');
}

/** A search typed one key at a time: each keystroke's time to the frame that shows its matches. */
const SEARCH_KEYS = ['search:E', 'search:Ev', 'search:Eve', 'search:Even', 'search:Event', 'search:Event 4'];
/** The goals of issue 14 at 100,000 events in 50 groups (ms). */
const GROUP_GOALS = { firstPaintMs: 600, p95Ms: 33, collapseMs: 50, keystrokeMs: 50 };
const GROUPS_NOTE =
  'Data: the peers\' mixed events (bench/data.mjs), each in one of 50 groups (generateGrouped), given as `events` to ours and as items with a groups DataSet to vis-timeline. Collapse and expand: a click on the first group\'s button to just after the frame that shows it. A keystroke: one more letter in the search field (typing "Event 4") to just after the frame that shows the matches; the slowest of six is given. A goal met is marked ✓, missed ✗ (goals of issue 14).';
function groupsTable(runs) {
  const mark = (value, goal) => (value === undefined || value === null ? '' : value <= goal ? ' ✓' : ' ✗');
  const lines = [
    '| N | component | first paint ms | frame median ms | frame p95 ms | JS heap MB | collapse ms | expand ms | slowest keystroke ms |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const c = r.changes ?? {};
    const keys = SEARCH_KEYS.map((key) => c[key]).filter((ms) => ms !== undefined);
    const slowest = keys.length ? Math.max(...keys) : undefined;
    const ours = r.component === 'ours';
    const cell = (ms, goal) => (ms === undefined ? '–' : `${fmtMs(ms)}${ours ? mark(ms, goal) : ''}`);
    lines.push(`| ${r.n.toLocaleString('en-US')} | ${ours ? '`<event-timeline>`' : 'vis-timeline'} | ${paintCell(r)}${ours ? mark(r.firstPaintMs, GROUP_GOALS.firstPaintMs) : ''} | ${frameCell(r, 'medianMs')} | ${frameCell(r, 'p95Ms')}${ours ? mark(r.frames?.p95Ms, GROUP_GOALS.p95Ms) : ''} | ${r.heapMB ?? '–'} | ${cell(c.collapse, GROUP_GOALS.collapseMs)} | ${cell(c.expand, GROUP_GOALS.collapseMs)} | ${cell(slowest, GROUP_GOALS.keystrokeMs)} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- run
const bundle = join(root, 'dist/event-timeline.js');
try {
  statSync(bundle);
} catch {
  console.error('dist/event-timeline.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}
const runStarted = Date.now();
const server = await startServer(port);
const origin = `http://127.0.0.1:${server.address().port}`;
const runs = [];
let exitCode = 0;
try {
  await ensureBrowser();
  const chromiumVersion = browser.version();
  console.log(`bench: Chromium ${chromiumVersion}, Node ${process.version}, ${os.cpus()[0]?.model} × ${os.cpus().length}; serving ${origin}`);
  const plan = [];
  for (const n of sizes) for (const component of components) plan.push({ component, n });
  if (million) plan.push({ component: 'ours', n: 1_000_000, frames: false, loadLimit: LIMIT.loadMillion });
  if (large) {
    for (const n of largeSizes) {
      plan.push({ component: 'ours', n, generator: 'month-ranges', loadLimit: n >= 1_000_000 ? LIMIT.loadMillion : LIMIT.load, changes: n >= 1_000_000 ? ['add1', 'add1000', 'update1', 'remove1'] : [] });
    }
  }
  if (grouped) {
    // Issue 14: 100,000 events in 50 groups, ours (with its search field) beside vis-timeline's groups.
    plan.push({ component: 'ours', n: 100_000, generator: 'grouped', search: true, warmUp: false, changes: ['collapse', 'expand', ...SEARCH_KEYS] });
    if (components.includes('vis')) plan.push({ component: 'vis', n: 100_000, generator: 'grouped' });
  }
  for (const step of plan) {
    process.stdout.write(`  ${step.component.padEnd(4)} N=${step.n.toLocaleString('en-US').padEnd(9)} ${step.generator ?? ''}${step.noWorker ? ' (no worker)' : ''} `);
    const record = await measure(origin, step.component, step.n, step);
    runs.push(record);
    const f = record.frames;
    console.log(`${record.status.padEnd(7)} first paint ${paintCell(record)}${record.longestTaskMs !== undefined ? `, longest task ${fmtMs(record.longestTaskMs)}` : ''}${f ? `, frames median ${frameCell(record, 'medianMs')} p95 ${frameCell(record, 'p95Ms')}` : ''}${record.heapMB !== undefined ? `, heap ${record.heapMB} MB` : ''}${record.changes ? `, changes ${JSON.stringify(record.changes)}` : ''}  [${(record.wallMs / 1000).toFixed(1)} s]${record.error ? `  ${record.error}` : ''}`);
  }
  const pkg = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const bundleBytes = readFileSync(bundle);
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
  const result = {
    date: new Date().toISOString(),
    machine,
    versions: { 'event-timeline': JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, 'vis-timeline': pkg('vis-timeline'), 'playwright-core': pkg('playwright-core') },
    bundle: { bytes: bundleBytes.length, gzipBytes: gzipSync(bundleBytes, { level: 9 }).length },
    settings: {
      seed: (await import('../bench/data.mjs')).SEED,
      viewport: '1280×800, component in a 1200×700 box',
      reducedMotion: 'reduce',
      framesPerRun: 2 * script.zoomSteps + script.panSteps,
      limitsMs: LIMIT,
      method: 'see bench/page.mjs: times by performance.now() in the page; first paint = data handed over → just after the first frame showing it (rAF + postMessage); frame = view set at the start of a frame (rAF) → just after the rendering step of the frame showing it, less any idle wait for a vsync when the component defers its redraw to its own rAF (vis-timeline); latencyMedianMs keeps that wait; heap = performance.memory.usedJSHeapSize after gc()',
    },
    runs,
    wallSeconds: round((Date.now() - runStarted) / 1000),
  };
  const peers = runs.filter((r) => r.generator === 'mixed');
  const largeRuns = runs.filter((r) => r.generator === 'month-ranges');
  const groupedRuns = runs.filter((r) => r.generator === 'grouped');
  const md = [
    table(peers),
    '',
    `First paint: from handing over the events (raw objects for ours, Date-typed items for vis-timeline) to just after the first frame that shows them. Frames: ${result.settings.framesPerRun} scripted zoom and pan steps, main-thread time from setting the view to the end of the frame that shows it (bench/page.mjs). JS heap: used, after a forced GC, input data included. Time limits: ${LIMIT.load / 1000} s for a load (${LIMIT.loadMillion / 1000} s at 1,000,000), ${LIMIT.frames / 1000} s for all the frames of a run.`,
    '',
    ...(largeRuns.length ? ['', '### Large data (issue 15)', '', largeTable(largeRuns), '', LARGE_NOTE] : []),
    ...(groupedRuns.length ? ['', '### Groups (issue 14)', '', groupsTable(groupedRuns), '', GROUPS_NOTE] : []),
    '',
    `Measured ${result.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium} (headless), vis-timeline ${result.versions['vis-timeline']}; seed ${result.settings.seed}, ${result.settings.framesPerRun} zoom and pan frames per run. Whole run ${Math.round(result.wallSeconds)} s.`,
  ].join('\n');
  console.log(`\n${md}\n`);
  if (outJson) {
    mkdirSync(dirname(resolve(root, outJson)), { recursive: true });
    writeFileSync(resolve(root, outJson), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${outJson}`);
  }
  if (outMd) {
    writeFileSync(resolve(root, outMd), `${md}\n`);
    console.log(`wrote ${outMd}`);
  }
  if (smoke && runs.some((r) => r.status !== 'ok')) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}
process.exit(exitCode);
