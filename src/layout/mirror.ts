/**
 * A chart layout mirrored left to right, for right-to-left pages: time runs from the right in a
 * horizontal chart, and a vertical chart's gutter and labels change sides. Pure: the input is left as is.
 */
import type { Box, ChartLayout, MarkLayout, MarkShape, Segment, TickLayout } from './geometry.js';

const flipAnchor = <A extends string>(anchor: A | 'start' | 'end'): A | 'start' | 'end' =>
  anchor === 'start' ? 'end' : anchor === 'end' ? 'start' : anchor;

export function mirrorLayout(layout: ChartLayout): ChartLayout {
  const { width } = layout;
  const x = (at: number) => width - at;
  const segment = (s: Segment): Segment => ({ x1: x(s.x1), y1: s.y1, x2: x(s.x2), y2: s.y2 });
  const shape = (s: MarkShape): MarkShape =>
    s.type === 'circle' ? { ...s, cx: x(s.cx) } : { ...s, x: x(s.x) - s.width };
  const box = <B extends Box>(b: B): B => ({ ...b, x: x(b.x) - b.width });
  // Along the time axis: across the width in a horizontal chart, down the height in a vertical one.
  const horizontal = layout.orientation === 'horizontal';

  const marks = layout.marks.map((mark): MarkLayout => {
    const { leader, ...rest } = mark;
    const mirrored: MarkLayout = {
      ...rest,
      t0: horizontal ? x(mark.t1) : mark.t0,
      t1: horizontal ? x(mark.t0) : mark.t1,
      shape: shape(mark.shape),
      labelX: x(mark.labelX),
      labelAnchor: flipAnchor(mark.labelAnchor),
    };
    if (leader) mirrored.leader = segment(leader);
    return mirrored;
  });
  const ticks = layout.ticks.map(
    (tick): TickLayout => ({
      ...tick,
      x: horizontal ? x(tick.x) : tick.x,
      labelX: x(tick.labelX),
      anchor: flipAnchor(tick.anchor),
      mark: segment(tick.mark),
      grid: segment(tick.grid),
    }),
  );
  const clusters = layout.clusters.map((cluster) => ({
    ...cluster,
    shape: box(cluster.shape),
    hit: box(cluster.hit),
    labelX: x(cluster.labelX),
  }));
  const breaks = layout.breaks.map((item) => ({
    ...item,
    band: box(item.band),
    gap: box(item.gap),
    strokes: item.strokes.map(segment) as [Segment, Segment],
    labelX: x(item.labelX),
  }));
  return { ...layout, marks, clusters, ticks, axis: segment(layout.axis), breaks };
}
