/**
 * How far a load has come, for the progress bar: bytes arrived (of the length declared, when there is
 * one) and events read so far (a stream). The bar shows only once a load has taken longer than a moment,
 * and redraws at most every PROGRESS_MS.
 */
import type { ReactiveControllerHost } from 'lit';

/** A load shows its progress once it has taken this long, ms. */
const SLOW_MS = 300;
const PROGRESS_MS = 100;

export interface LoadProgress {
  bytes: number;
  total?: number;
  events?: number;
}

export class ProgressTracker {
  /** What to show, once the load has been slow; undefined otherwise. */
  shown?: LoadProgress;
  private now?: LoadProgress;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private redrawTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {}

  start(): void {
    this.stop();
    this.now = { bytes: 0 };
    this.slowTimer = setTimeout(() => {
      this.shown = this.now;
      this.host.requestUpdate();
    }, SLOW_MS);
  }

  stop(): void {
    clearTimeout(this.slowTimer);
    clearTimeout(this.redrawTimer);
    this.redrawTimer = undefined;
    this.now = this.shown = undefined;
  }

  update(change: Partial<LoadProgress>): void {
    if (!this.now) return;
    this.now = { ...this.now, ...change };
    if (!this.shown || this.redrawTimer) return;
    this.redrawTimer = setTimeout(() => {
      this.redrawTimer = undefined;
      if (!this.shown) return;
      this.shown = this.now;
      this.host.requestUpdate();
    }, PROGRESS_MS);
  }
}
