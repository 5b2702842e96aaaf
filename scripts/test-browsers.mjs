/**
 * `npm run test:browsers`: the whole test suite in Firefox, then in WebKit, one after the other (the
 * machine may have two cores). Each run's output goes through as it comes; at the end, one line per
 * engine, the last lines of all:
 *
 *   firefox: 470 passed, 0 failed, 4 skipped
 *   webkit: 466 passed, 0 failed, 8 skipped
 *
 * An engine that is not installed says so on its line, with the Debian packages to install, and counts as
 * failed. The exit code is 1 when any engine failed. No display is needed: WebKit runs under `xvfb-run -a`.
 *
 * `npm run test:browsers -- webkit` runs one engine only.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTALL_HINT, findFirefox, findWebKit, findXvfbRun } from './engines.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const testRunner = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
/** The plain last line of scripts/summary-reporter.mjs. */
const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

const ENGINES = {
  firefox: {
    missing: () => (findFirefox() ? undefined : 'Firefox'),
    command: () => [process.execPath, [testRunner, '--config', 'web-test-runner.firefox.config.mjs']],
  },
  webkit: {
    missing: () => (!findWebKit() ? 'WebKitWebDriver or MiniBrowser' : !findXvfbRun() ? 'xvfb-run or xauth' : undefined),
    // MiniBrowser has no headless mode: a virtual display of its own, on a free server number.
    command: () => [findXvfbRun(), ['-a', process.execPath, testRunner, '--config', 'web-test-runner.webkit.config.mjs']],
  },
};

/** Runs one engine's suite, passing its output through, and resolves to its counts (or why there are none). */
function runSuite(name) {
  const [command, args] = ENGINES[name].command();
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, TZ: 'America/Los_Angeles' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let summary;
    let pending = '';
    // The reporter's "Failed:" list (scripts/summary-reporter.mjs), said again at the very end.
    const failures = [];
    let inFailures = false;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        summary = SUMMARY.exec(line.trim()) ?? summary;
        if (line.trim() === 'Failed:') inFailures = true;
        else if (inFailures && /^ {2}/.test(line)) failures.push(line);
        else inFailures = false;
      }
    });
    child.on('error', (error) => resolvePromise({ passed: 0, failed: 1, skipped: 0, note: `could not start: ${error.message}` }));
    child.on('close', (code) => {
      summary = SUMMARY.exec(pending.trim()) ?? summary;
      if (!summary) {
        resolvePromise({ passed: 0, failed: 1, skipped: 0, note: `the run ended (exit code ${code}) without a summary line` });
        return;
      }
      const [, passed, failed, skipped = '0'] = summary;
      const counts = { passed: Number(passed), failed: Number(failed), skipped: Number(skipped), failures };
      // A run that printed no failures yet exited non-zero failed somewhere outside the tests.
      if (code !== 0 && counts.failed === 0) resolvePromise({ ...counts, failed: 1, note: `exit code ${code}` });
      else resolvePromise(counts);
    });
  });
}

function describe(name, result) {
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  const note = result.note ? ` (${result.note})` : '';
  return `${name}: ${result.passed} passed, ${result.failed} failed${skipped}${note}`;
}

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in ENGINES)) {
    console.error(`Unknown engine ${name}: choose among ${Object.keys(ENGINES).join(', ')}`);
    process.exit(2);
  }
}

const lines = [];
const failureLines = [];
let anyFailed = false;
for (const name of wanted.length ? wanted : Object.keys(ENGINES)) {
  const missing = ENGINES[name].missing();
  const result = missing
    ? { passed: 0, failed: 1, skipped: 0, note: `not installed: no ${missing}; on Debian/Ubuntu: ${INSTALL_HINT}` }
    : await runSuite(name);
  anyFailed ||= result.failed > 0;
  lines.push(describe(name, result));
  if (result.failures?.length) failureLines.push(`${name} failed:`, ...result.failures);
}
if (failureLines.length) process.stdout.write(`\n${failureLines.join('\n')}\n`);
process.stdout.write(`\n${lines.join('\n')}\n`);
process.exit(anyFailed ? 1 : 0);
