/**
 * Stands in for d3-transition, which d3-zoom imports only to stop transitions of its own. This element
 * starts none (its zoom duration is 0, and it animates views itself, in ZoomController), so stopping one
 * is nothing to do. The real module, with the d3-interpolate and d3-color it brings, is about 9 KB
 * gzipped: a fifth of the bundle's budget. Both the bundle (rollup.config.mjs) and the dev and test
 * servers (their configs) resolve `d3-transition` here, so tests run what ships.
 */
import { selection } from 'd3-selection';

export function interrupt(_node: Element, _name?: string): void {}

// d3-zoom calls selection.interrupt() before it moves the view.
(selection.prototype as unknown as { interrupt(this: unknown): unknown }).interrupt = function (this: unknown) {
  return this;
};
