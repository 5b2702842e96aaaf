/**
 * The arrows between linked events (`related`), from the laid-out marks: whatever the orientation, and
 * after the right-to-left mirror, since it works only from the marks' drawn geometry. Each arrow is a
 * curve from one mark to the other; of a few bends, the one that crosses the fewest labels and marks is
 * drawn (straight when nothing is in the way). Links to an event not drawn (out of view, or in a cluster)
 * are left out. Pure.
 */
import type { ChartLayout, LabelLine, MarkLayout, MarkShape, Segment } from './geometry.js';

export interface ConnectionLayout {
  /** The ids of the event the link starts from and the one it leads to. */
  from: string;
  to: string;
  /** The curve, as SVG path data, ending where the arrowhead begins. */
  path: string;
  /** The arrowhead, as SVG polygon points, its tip on the target mark's edge. */
  head: string;
}

export interface ConnectionInput {
  /** The chart as laid out (and mirrored): its marks, labels, axis and size. */
  chart: Pick<ChartLayout, 'marks' | 'axis' | 'width' | 'height'>;
  /** Label widths, px, as the chart measured them. */
  measure: (text: string) => number;
  labelLine?: LabelLine;
}

interface Point {
  x: number;
  y: number;
}
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How far the curve's middle bulges from the straight line, px: straight first, then more either side. */
const BULGES = [0, 20, -20, 40, -40, 64, -64];
const SAMPLES = 24;
const HEAD_LENGTH = 7;
const HEAD_HALF_WIDTH = 3.5;
/** Room kept between an arrow and a mark's edge, px. */
const GAP = 2;

const round = (n: number) => Math.round(n * 10) / 10;

function centre(shape: MarkShape): Point {
  return shape.type === 'circle' ? { x: shape.cx, y: shape.cy } : { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
}

function shapeBox(shape: MarkShape): Box {
  return shape.type === 'circle'
    ? { x0: shape.cx - shape.r, y0: shape.cy - shape.r, x1: shape.cx + shape.r, y1: shape.cy + shape.r }
    : { x0: shape.x, y0: shape.y, x1: shape.x + shape.width, y1: shape.y + shape.height };
}

/** The point where a ray from the shape's centre towards `toward` leaves the shape, `GAP` px further on. */
function edgeToward(shape: MarkShape, toward: Point): Point {
  const from = centre(shape);
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  let reach: number;
  if (shape.type === 'circle') reach = shape.r;
  else {
    // Distance along the ray to the rectangle's border.
    const tx = dx ? shape.width / 2 / Math.abs(dx) : Infinity;
    const ty = dy ? shape.height / 2 / Math.abs(dy) : Infinity;
    reach = Math.min(tx, ty) * length;
  }
  const at = Math.min(reach + GAP, length / 2);
  return { x: from.x + (dx / length) * at, y: from.y + (dy / length) * at };
}

/** Where a label is drawn, from its anchor on the baseline, its width and the line box. */
function labelBox(mark: MarkLayout, width: number, line: LabelLine): Box {
  const x0 = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
  const middle = mark.labelY - line.baseline;
  return { x0, y0: middle - line.height / 2, x1: x0 + width, y1: middle + line.height / 2 };
}

const inside = (p: Point, box: Box) => p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1;

function quadratic(p0: Point, c: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * c.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * c.y + t * t * p2.y };
}

/** Whether a point lies on the axis line (within a few px), where an arrow would be lost. */
function onAxis(p: Point, axis: Segment): boolean {
  const near = 3;
  return (
    p.x >= Math.min(axis.x1, axis.x2) - near && p.x <= Math.max(axis.x1, axis.x2) + near &&
    p.y >= Math.min(axis.y1, axis.y2) - near && p.y <= Math.max(axis.y1, axis.y2) + near
  );
}

/** What a curve from p0 to p2 through control c runs into: each box crossed, the axis, and leaving the chart. */
function crossings(p0: Point, c: Point, p2: Point, boxes: readonly Box[], chart: ConnectionInput['chart']): number {
  const points = Array.from({ length: SAMPLES - 1 }, (_, i) => quadratic(p0, c, p2, (i + 1) / SAMPLES));
  let count = boxes.filter((box) => points.some((p) => inside(p, box))).length;
  if (points.some((p) => onAxis(p, chart.axis))) count++;
  if (points.some((p) => p.x < 0 || p.y < 0 || p.x > chart.width || p.y > chart.height)) count += 2;
  return count;
}

export function layoutConnections(input: ConnectionInput): ConnectionLayout[] {
  const { chart, measure } = input;
  const { marks } = chart;
  const byId = new Map(marks.map((mark) => [mark.event.id, mark]));
  const line = input.labelLine ?? { height: 16, baseline: 4 };
  const connections: ConnectionLayout[] = [];
  let labels: { id: string; box: Box }[] | undefined;
  for (const source of marks) {
    for (const relation of source.event.related ?? []) {
      const target = byId.get(relation.id);
      if (!target || target === source) continue;
      // Measured only when there is an arrow to draw.
      labels ??= marks.filter((mark) => mark.labelVisible).map((mark) => ({ id: mark.event.id, box: labelBox(mark, measure(mark.label), line) }));
      const obstacles = [
        ...labels.map((label) => label.box),
        ...marks.filter((mark) => mark !== source && mark !== target).map((mark) => shapeBox(mark.shape)),
      ];
      connections.push(route(source, target, obstacles, chart));
    }
  }
  return connections;
}

function route(source: MarkLayout, target: MarkLayout, obstacles: readonly Box[], chart: ConnectionInput['chart']): ConnectionLayout {
  const a = centre(source.shape);
  const b = centre(target.shape);
  const distance = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal = { x: -(b.y - a.y) / distance, y: (b.x - a.x) / distance };
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  let best: { p0: Point; c: Point; p2: Point; score: number } | undefined;
  for (const bulge of BULGES) {
    // A quadratic curve's middle is halfway to its control point: bulging by b takes a control 2b away.
    const c = { x: middle.x + normal.x * bulge * 2, y: middle.y + normal.y * bulge * 2 };
    const p0 = edgeToward(source.shape, c);
    const p2 = edgeToward(target.shape, c);
    // A crossing costs more than any bend: the straightest of the least crossed wins.
    const score = crossings(p0, c, p2, obstacles, chart) + Math.abs(bulge) / 200;
    if (!best || score < best.score) best = { p0, c, p2, score };
  }
  const { p0, c, p2 } = best!;
  // The arrowhead points along the curve's end; the curve stops at its base.
  const dx = p2.x - c.x;
  const dy = p2.y - c.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const base = { x: p2.x - ux * HEAD_LENGTH, y: p2.y - uy * HEAD_LENGTH };
  const corner = (side: number) => `${round(base.x - uy * HEAD_HALF_WIDTH * side)},${round(base.y + ux * HEAD_HALF_WIDTH * side)}`;
  return {
    from: source.event.id,
    to: target.event.id,
    path: `M${round(p0.x)},${round(p0.y)}Q${round(c.x)},${round(c.y)} ${round(base.x)},${round(base.y)}`,
    head: `${round(p2.x)},${round(p2.y)} ${corner(1)} ${corner(-1)}`,
  };
}
