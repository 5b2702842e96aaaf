/**
 * The readers' modules, loaded on demand. read-own.js and large-read.js import the parser, a chunk of its
 * own (the other readers share it): asked for together, the two load side by side rather than one after the
 * other, a round trip less before the first paint.
 */
import { whenIdle } from '../idle.js';

let ownReader: Promise<typeof import('../model/read-own.js')> | undefined;

/** The reader of this element's own JSON; asked for as a fetch starts too, so that it loads meanwhile. */
export function loadOwnReader(): Promise<typeof import('../model/read-own.js')> {
  ownReader ??= Promise.all([import('../model/read-own.js'), import('../model/parse.js')]).then(
    ([reader]) => reader,
    (error: unknown) => {
      // Not kept: a later read asks again (a network that failed once may not fail twice).
      ownReader = undefined;
      throw error;
    },
  );
  return ownReader;
}

/** The reading of large inputs in a worker or in slices (large-read.ts), with the parser and the merging of changes beside it. */
export function loadLargeRead(): Promise<typeof import('./large-read.js')> {
  return Promise.all([import('./large-read.js'), import('../model/parse.js'), import('../model/changes.js')]).then(([module]) => module);
}

/**
 * The readers any data will need, loaded while the page sets up, so that events given later are drawn
 * without waiting for them: this element's own reader at once; the reading of large data and the merging of
 * changes (two small chunks) when the page is idle: loaded only once a large list had arrived, they cost its
 * first drawing some 40 ms. A failure here is no error: a read asks again.
 */
export function preloadReaders(): void {
  loadOwnReader().catch(() => undefined);
  whenIdle(() => void loadLargeRead().catch(() => undefined));
}
