/** Shared by the element tests: what the element shows in its shadow DOM, read as a person would. */
import type { EventTimeline } from '../../src/timeline-element.js';

export function shadow(el: EventTimeline, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}

/** The text of each match, whitespace collapsed. */
export function texts(el: EventTimeline, selector: string): string[] {
  return shadow(el, selector).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * The ids of the events drawn one by one, the selected one included (its part is "event selected").
 * None while the element is not there or not yet rendered, as in a frame that is still loading.
 */
export function drawnIds(el: Element | null | undefined): string[] {
  return [...(el?.shadowRoot?.querySelectorAll('[part~="event"]') ?? [])].map((node) => node.getAttribute('data-id') ?? '');
}

/**
 * What the chart draws: the events drawn one by one, and the counts of the clusters (whose events are not
 * drawn); `piles` are the counts ("+44") of marks drawn without labels, which are among the singles.
 */
export function drawnEvents(el: EventTimeline): { singles: string[]; clusters: number[]; clustered: number; total: number; piles: number[] } {
  const singles = drawnIds(el);
  const clusters = shadow(el, '[part="cluster"]:not(.pile)').map((node) => Number(node.getAttribute('data-count')));
  const piles = shadow(el, '[part="cluster"].pile').map((node) => Number(node.getAttribute('data-count')));
  const clustered = clusters.reduce((sum, count) => sum + count, 0);
  return { singles, clusters, clustered, total: singles.length + clustered, piles };
}

/** A cluster's bar, in the chart's coordinates. */
export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Each bar the chart draws, read from its path (render/chart.ts draws all the clusters' bars as rounded
 * rectangles in one path, in the order the clusters are drawn; the search's matches in a second).
 */
export function barBoxes(el: EventTimeline): BarBox[] {
  return shadow(el, 'path.cluster-bar').flatMap((path) =>
    (path.getAttribute('d') ?? '').split('M').filter(Boolean).map((sub) => {
      // M x+r y h w a r r 0 0 1 r r v h …: the corners' radius is the arc's.
      const [x, y, w, r, , , , , , , h] = (sub.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
      return { x: x - r, y, width: w + 2 * r, height: h + 2 * r };
    }));
}

/** The clusters drawn as bars (not piles), each with its bar: they are drawn in the same order. */
export function clusterBars(el: EventTimeline): { node: Element; bar: BarBox }[] {
  const nodes = shadow(el, '[part="cluster"]:not(.pile)');
  const bars = barBoxes(el);
  if (bars.length !== nodes.length) throw new Error(`${nodes.length} clusters but ${bars.length} bars`);
  return nodes.map((node, i) => ({ node, bar: bars[i] }));
}

export function alertText(el: EventTimeline): string {
  return texts(el, '[role="alert"]').join(' ');
}
