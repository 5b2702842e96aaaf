/**
 * The arrows between linked events (`related`), from the laid-out marks: whatever the orientation, and
 * after the right-to-left mirror, since it works only from the marks' drawn geometry. Each arrow is a
 * curve from one mark to the other; of a few dozen (straight, bent either side, or leaving and entering
 * the marks sideways, up or down), the one that crosses the fewest labels and marks, and of those the
 * shortest, is drawn: straight when nothing is in the way. Where every such curve runs into something
 * (rows of labels between the two marks), a way through the gaps is found on a grid (grid-route.ts) and
 * drawn as straight stretches with rounded corners, when it crosses less. Links to an event not drawn (out
 * of view, or in a cluster) are left out. Pure.
 */
import type { ChartLayout, LabelLine, MarkLayout, MarkShape, Segment } from './geometry.js';
import { RouteGrid, type Box, type Point } from './grid-route.js';

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
  chart: Pick<ChartLayout, 'marks' | 'axis' | 'width' | 'height'> & Partial<Pick<ChartLayout, 'ticks'>>;
  /** Label widths, px, as the chart measured them. */
  measure: (text: string) => number;
  labelLine?: LabelLine;
}

/** How far the curve's middle bulges from the straight line, px: straight first, then more either side. */
const BULGES = [0, 20, -20, 40, -40, 64, -64];
/** Directions an arrow may leave its mark in, or come into the other's, when a bend does not clear the way. */
const SIDES: readonly Point[] = [{ x: 1, y: 0 }, { x: -1, y: 0 }, { x: 0, y: 1 }, { x: 0, y: -1 }];
/** How far out of its mark such an arrow heads before turning, px. */
const REACHES = [28, 56, 96];
const SAMPLES = 24;
const HEAD_LENGTH = 7;
const HEAD_HALF_WIDTH = 3.5;
/** Room kept between an arrow and a mark's edge, px. */
const GAP = 2;
/** Up to this many arrows in a chart, one that no curve gets past the labels with may take a way found on the grid. */
const GRID_MOST = 8;
/** The radius of a corner of a way found on the grid, px (less where its stretches are short). */
const CORNER = 12;

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

/** The line height of the axis's stacked labels (render/chart.ts draws "Apr" over "2011" in a vertical chart). */
const TICK_LINE = 14;

/**
 * Where the axis's labels are drawn: an arrow over "Apr 2017" hides the date it passes. Measured in the
 * labels' font, a little larger than the axis's, so never narrower than drawn.
 */
function tickBoxes(chart: ConnectionInput['chart'], measure: (text: string) => number, line: LabelLine): Box[] {
  const vertical = chart.axis.x1 === chart.axis.x2;
  return (chart.ticks ?? []).map((tick) => {
    const lines = vertical && tick.lines.length > 1 ? tick.lines : [tick.label];
    const width = Math.max(...lines.map(measure));
    const x0 = tick.anchor === 'start' ? tick.labelX : tick.anchor === 'end' ? tick.labelX - width : tick.labelX - width / 2;
    const y0 = tick.labelY - line.baseline - line.height / 2;
    return { x0, y0, x1: x0 + width, y1: y0 + line.height + (lines.length - 1) * TICK_LINE };
  });
}

/** Where a label is drawn, from its anchor on the baseline, its width and the line box. */
function labelBox(mark: MarkLayout, width: number, line: LabelLine): Box {
  const x0 = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
  const middle = mark.labelY - line.baseline;
  return { x0, y0: middle - line.height / 2, x1: x0 + width, y1: middle + line.height / 2 };
}

const inside = (p: Point, box: Box) => p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1;

function cubic(p0: Point, c1: Point, c2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y };
}

/** The box of a segment, `margin` px wider each way. */
function boxAround(segment: Segment, margin: number): Box {
  return {
    x0: Math.min(segment.x1, segment.x2) - margin,
    y0: Math.min(segment.y1, segment.y2) - margin,
    x1: Math.max(segment.x1, segment.x2) + margin,
    y1: Math.max(segment.y1, segment.y2) + margin,
  };
}

/**
 * What a curve runs into: each label or mark it crosses counts 1, and a little more the deeper it runs
 * through (so that grazing a corner beats cutting across), the axis 2, leaving the chart 2. The axis costs
 * more than a label: an arrow on the axis line is lost in it (in a vertical chart, where the marks sit on the
 * axis, a straight arrow between two of them runs down it), while a label crossed can still be read.
 */
function crossings(points: readonly Point[], boxes: readonly Box[], chart: ConnectionInput['chart']): number {
  let count = 0;
  for (const box of boxes) {
    const inner = points.filter((p) => inside(p, box)).length;
    if (inner) count += 1 + (0.5 * inner) / points.length;
  }
  // Within a few px of the axis line, an arrow is lost in it.
  const axis = boxAround(chart.axis, 3);
  if (points.some((p) => inside(p, axis))) count += 2;
  if (points.some((p) => p.x < 0 || p.y < 0 || p.x > chart.width || p.y > chart.height)) count += 2;
  return count;
}

const overlaps = (a: Box, b: Box) => a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;

export function layoutConnections(input: ConnectionInput): ConnectionLayout[] {
  const { chart, measure } = input;
  const { marks } = chart;
  const byId = new Map(marks.map((mark) => [mark.event.id, mark]));
  const pairs = marks.flatMap((source) =>
    (source.event.related ?? []).flatMap((relation) => {
      const target = byId.get(relation.id);
      return target && target !== source ? [[source, target] as const] : [];
    }),
  );
  if (!pairs.length) return [];
  // Measured only when there is an arrow to draw.
  const line = input.labelLine ?? { height: 16, baseline: 4 };
  const labels = [...marks.filter((mark) => mark.labelVisible).map((mark) => labelBox(mark, measure(mark.label), line)), ...tickBoxes(chart, measure, line)];
  const shapes = marks.map((mark) => shapeBox(mark.shape));
  // The grid, made once for the chart when a first arrow needs it, and only for a few arrows: it runs on each
  // zoom frame, and past GRID_MOST arrows (dimmed but for the focused event's) the curves must do.
  let grid: RouteGrid | undefined;
  // Points along the arrows drawn before the grid was made, which a way found on it keeps off too.
  const taken: Point[] = [];
  const gridFor = () => {
    if (!grid) (grid = new RouteGrid(chart.width, chart.height, [...labels, ...shapes, boxAround(chart.axis, 2)])).take(taken);
    return grid;
  };
  return pairs.map(([source, target]) => {
    const obstacles = [...labels, ...shapes.filter((_, i) => marks[i] !== source && marks[i] !== target)];
    const { connection, along } = route(source, target, obstacles, chart, pairs.length <= GRID_MOST ? gridFor : undefined);
    if (grid) grid.take(along);
    else taken.push(...along);
    return connection;
  });
}

/**
 * The curves an arrow may take from a to b, as cubic control points: the straight line and bends either
 * side of it first, then curves that leave one mark and enter the other sideways or up or down, for a
 * way out from under a label that hangs beside a mark.
 */
function candidates(a: Point, b: Point): [Point, Point][] {
  const distance = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal = { x: -(b.y - a.y) / distance, y: (b.x - a.x) / distance };
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const list: [Point, Point][] = BULGES.map((bulge) => {
    // A quadratic curve through control q, written as a cubic: its middle is halfway to q, so q lies 2 bulges away.
    const q = { x: middle.x + normal.x * bulge * 2, y: middle.y + normal.y * bulge * 2 };
    return [{ x: a.x + ((q.x - a.x) * 2) / 3, y: a.y + ((q.y - a.y) * 2) / 3 }, { x: b.x + ((q.x - b.x) * 2) / 3, y: b.y + ((q.y - b.y) * 2) / 3 }];
  });
  for (const reach of REACHES) {
    for (const out of SIDES) {
      for (const into of SIDES) list.push([{ x: a.x + out.x * reach, y: a.y + out.y * reach }, { x: b.x + into.x * reach, y: b.y + into.y * reach }]);
    }
  }
  return list;
}

/**
 * What a way of these points from `start` runs into (crossings), then how much longer than the straight line
 * between the marks' centres it is, as a fraction under half a crossing: of the least crossed, the shortest wins.
 */
function scoreOf(start: Point, points: readonly Point[], obstacles: readonly Box[], chart: ConnectionInput['chart'], straight: number): number {
  let length = 0;
  points.reduce((p, q) => ((length += Math.hypot(q.x - p.x, q.y - p.y)), q), start);
  return crossings(points, obstacles, chart) + Math.min(0.45, (length / straight - 1) / 4);
}

/**
 * The arrow from `source` to `target`, and points along it (for the arrows after it to keep off). `grid`:
 * where a way through the gaps may be looked for, when no curve is clear.
 */
function route(source: MarkLayout, target: MarkLayout, obstacles: readonly Box[], chart: ConnectionInput['chart'], grid?: () => RouteGrid): { connection: ConnectionLayout; along: Point[] } {
  const a = centre(source.shape);
  const b = centre(target.shape);
  const straight = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  let best: { p0: Point; c1: Point; c2: Point; p3: Point; points: Point[]; score: number } | undefined;
  for (const [c1, c2] of candidates(a, b)) {
    const p0 = edgeToward(source.shape, c1);
    const p3 = edgeToward(target.shape, c2);
    // Only what lies near the curve can be crossed: it stays within the box of its four points.
    const hull = { x0: Math.min(p0.x, c1.x, c2.x, p3.x), y0: Math.min(p0.y, c1.y, c2.y, p3.y), x1: Math.max(p0.x, c1.x, c2.x, p3.x), y1: Math.max(p0.y, c1.y, c2.y, p3.y) };
    const points = Array.from({ length: SAMPLES - 1 }, (_, i) => cubic(p0, c1, c2, p3, (i + 1) / SAMPLES));
    // A crossing costs more than any detour: of the least crossed, the shortest (the straightest) wins.
    const score = scoreOf(p0, points, obstacles.filter((box) => overlaps(box, hull)), chart, straight);
    if (!best || score < best.score - 1e-9) best = { p0, c1, c2, p3, points, score };
    // Straight with nothing in the way: nothing can beat it.
    if (score === 0) break;
  }
  if (best!.score >= 1 && grid) {
    const found = grid().route(a, b, [shapeBox(source.shape), shapeBox(target.shape)]);
    if (found && found.length >= 3) {
      // From edge to edge of the two marks.
      const corners = [edgeToward(source.shape, found[1]), ...found.slice(1, -1), edgeToward(target.shape, found[found.length - 2])];
      const points = alongStretches(corners);
      if (scoreOf(corners[0], points, obstacles, chart, straight) < best!.score) return { connection: arrow(source, target, corners), along: points };
    }
  }
  const { p0, c1, c2, p3, points } = best!;
  return { connection: arrow(source, target, [p0, c1, c2, p3], true), along: points };
}

/** Points every few px along straight stretches. */
function alongStretches(corners: readonly Point[]): Point[] {
  const points: Point[] = [];
  for (let i = 1; i < corners.length; i++) {
    const [p, q] = [corners[i - 1], corners[i]];
    const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 4));
    for (let k = i === 1 ? 1 : 0; k < steps; k++) points.push({ x: p.x + ((q.x - p.x) * k) / steps, y: p.y + ((q.y - p.y) * k) / steps });
  }
  return points;
}

/**
 * The arrow's path and head. `curve`: the four points of a cubic; else the corners of straight stretches,
 * each inner corner drawn as a quarter-like bend. The head points along the last piece, and the path stops at its base.
 */
function arrow(source: MarkLayout, target: MarkLayout, points: readonly Point[], curve = false): ConnectionLayout {
  const p3 = points[points.length - 1];
  const before = points[points.length - 2];
  const dx = p3.x - before.x;
  const dy = p3.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const base = { x: p3.x - ux * HEAD_LENGTH, y: p3.y - uy * HEAD_LENGTH };
  const corner = (side: number) => `${round(base.x - uy * HEAD_HALF_WIDTH * side)},${round(base.y + ux * HEAD_HALF_WIDTH * side)}`;
  const at = (p: Point) => `${round(p.x)},${round(p.y)}`;
  let path: string;
  if (curve) path = `M${at(points[0])}C${at(points[1])} ${at(points[2])} ${at(base)}`;
  else {
    const ends = [...points.slice(0, -1), base];
    path = `M${at(ends[0])}`;
    for (let i = 1; i < ends.length - 1; i++) {
      const [p, q, r] = [ends[i - 1], ends[i], ends[i + 1]];
      const radius = Math.min(CORNER, Math.hypot(q.x - p.x, q.y - p.y) / 2, Math.hypot(r.x - q.x, r.y - q.y) / 2);
      const toward = (from: Point, to: Point) => {
        const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
        return { x: from.x + ((to.x - from.x) / d) * radius, y: from.y + ((to.y - from.y) / d) * radius };
      };
      path += `L${at(toward(q, p))}Q${at(q)} ${at(toward(q, r))}`;
    }
    path += `L${at(base)}`;
  }
  return { from: source.event.id, to: target.event.id, path, head: `${at(p3)} ${corner(1)} ${corner(-1)}` };
}
