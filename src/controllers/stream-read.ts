/**
 * A JSON Lines answer drawn as it arrives: complete lines are parsed as they come (ndjson.ts) and added in
 * batches through the same path as `addEvents` (changes.ts), at most one batch every FLUSH_MS, so that the
 * chart redraws while the rest is still arriving. A chunk of its own, loaded with the first such answer.
 */
import { addLines } from '../model/changes.js';
import { derive, type DerivedData } from '../model/derive.js';
import { LineSplitter, type Lines } from '../model/ndjson.js';

/** At most one redraw this often while lines arrive, ms. */
const FLUSH_MS = 100;

export class StreamRead {
  private readonly splitter = new LineSplitter();
  private queued: Lines[] = [];
  private derived: DerivedData = derive({ categories: [], events: [], problems: [] });
  private timer?: ReturnType<typeof setTimeout>;
  private lastFlush = -Infinity;
  private read = false;

  /** `show`: the data read so far, to draw. */
  constructor(private readonly show: (derived: DerivedData) => void) {}

  push(text: string): void {
    this.queue(this.splitter.push(text));
    if (this.timer || !this.queued.length) return;
    // The first lines are drawn at once; later ones wait for the next batch.
    const wait = this.lastFlush + FLUSH_MS - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  /**
   * Adds what is left: with `whole`, the last line too (the stream ended rather than failed). Undefined
   * when a failed stream brought no line at all: the data shown before stays.
   */
  end(whole: boolean): DerivedData | undefined {
    if (whole) this.queue(this.splitter.push('', true));
    this.flush();
    return whole || this.read ? this.derived : undefined;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.queued = [];
  }

  private queue(lines: Lines): void {
    if (lines.values.length) this.queued.push(lines);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastFlush = performance.now();
    if (!this.queued.length) return;
    const [first, ...rest] = this.queued;
    this.queued = [];
    for (const more of rest) {
      for (const at of more.skip) first.skip.add(first.values.length + at);
      for (const value of more.values) first.values.push(value);
      first.problems.push(...more.problems);
    }
    this.derived = addLines(this.derived, first);
    this.read = true;
    this.show(this.derived);
  }
}
