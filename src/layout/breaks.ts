/**
 * Where the breaks of a squeezed time axis are drawn, in either orientation: a faint band over the
 * squeezed stretch, the axis line cut by two slanted strokes, and the stretch's span under a horizontal
 * axis where it fits. Pure.
 */
import type { StretchWords } from '../time/gap-words.js';
import type { BreakLayout, Orientation, Segment, TickLayout } from './geometry.js';
import type { TimeScale } from './scale.js';
import type { TimeWarp } from './squeeze.js';

export interface BreakOptions {
  orientation: Orientation;
  /** Where the axis line is, across the time axis, px. */
  axisAt: number;
  /** The band's extent across the time axis, px. */
  across: readonly [number, number];
  /** The baseline of the span's label (horizontal only). */
  labelAt: number;
  /** Room for the label beyond the break on each side, px: ticks keep that far from a break. */
  labelSpill: number;
  words: (from: number, to: number) => StretchWords;
  measure: (text: string) => number;
}

export function layoutBreaks(warp: TimeWarp | undefined, scale: TimeScale, options: BreakOptions): BreakLayout[] {
  const { orientation, axisAt, across, labelAt, labelSpill, words, measure } = options;
  const [r0, r1] = scale.range();
  const horizontal = orientation === 'horizontal';
  const laid: BreakLayout[] = [];
  for (const b of warp?.breaks ?? []) {
    const t0 = Math.max(r0, scale(b.from));
    const t1 = Math.min(r1, scale(b.to));
    if (t1 <= r0 || t0 >= r1) continue;
    const mid = (t0 + t1) / 2;
    const { span, sentence } = words(b.from, b.to);
    // Two strokes slanted across the axis, 6px apart, with the axis line cut between them.
    const stroke = (along: number) =>
      horizontal ? { x1: along - 3, y1: axisAt + 6, x2: along + 3, y2: axisAt - 6 } : { x1: axisAt - 6, y1: along + 3, x2: axisAt + 6, y2: along - 3 };
    const box = (a0: number, a1: number, c0: number, c1: number) =>
      horizontal ? { x: a0, y: c0, width: a1 - a0, height: c1 - c0 } : { x: c0, y: a0, width: c1 - c0, height: a1 - a0 };
    // The label is drawn at 11px, measured in the labels' 13px font.
    const fits = horizontal && (measure(span) * 11) / 13 <= t1 - t0 + 2 * labelSpill;
    laid.push({
      from: b.from,
      to: b.to,
      band: box(t0, t1, across[0], across[1]),
      gap: box(mid - 3, mid + 3, axisAt - 2, axisAt + 2),
      strokes: [stroke(mid - 3), stroke(mid + 3)],
      label: fits ? span : '',
      labelX: mid,
      labelY: labelAt,
      sentence,
    });
  }
  return laid;
}

/** The axis line in pieces, cut where each break's strokes are. */
export function cutAxis(axis: Segment, breaks: readonly BreakLayout[]): Segment[] {
  const horizontal = axis.y1 === axis.y2;
  const pieces: Segment[] = [];
  let from = horizontal ? Math.min(axis.x1, axis.x2) : Math.min(axis.y1, axis.y2);
  const end = horizontal ? Math.max(axis.x1, axis.x2) : Math.max(axis.y1, axis.y2);
  const gaps = breaks.map((b) => (horizontal ? [b.gap.x, b.gap.x + b.gap.width] : [b.gap.y, b.gap.y + b.gap.height])).sort((a, b) => a[0] - b[0]);
  const piece = (a: number, b: number): Segment => (horizontal ? { ...axis, x1: a, x2: b } : { ...axis, y1: a, y2: b });
  for (const [a, b] of gaps) {
    if (a > from) pieces.push(piece(from, Math.min(a, end)));
    from = Math.max(from, b);
  }
  if (from < end) pieces.push(piece(from, end));
  return pieces;
}

/** The breaks, with the span under the axis left out wherever it would run into a tick's label (axis text is 12px, a break's 11px). */
export function clearOfTicks(breaks: readonly BreakLayout[], ticks: readonly TickLayout[], measure: (text: string) => number): BreakLayout[] {
  // Measured only when there is a label to place: a tick's label is otherwise never measured (each new one costs a layout).
  if (!breaks.some((item) => item.label)) return breaks as BreakLayout[];
  const extent = (x: number, width: number, anchor: TickLayout['anchor']) =>
    anchor === 'start' ? [x, x + width] : anchor === 'end' ? [x - width, x] : [x - width / 2, x + width / 2];
  const taken = ticks.map((tick) => extent(tick.labelX, (measure(tick.label) * 12) / 13, tick.anchor));
  return breaks.map((item) => {
    if (!item.label) return item;
    const [a, b] = extent(item.labelX, (measure(item.label) * 11) / 13, 'middle');
    return taken.some(([c, d]) => a < d + 4 && c < b + 4) ? { ...item, label: '' } : item;
  });
}
