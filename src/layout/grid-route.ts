/**
 * A way for an arrow between two marks through a chart crowded with labels, where no single curve gets
 * past them (rows of labels between the two marks): the chart as a grid of small cells, each costing more
 * where a label or a mark lies, the cheapest way across it (A*, moves to the eight neighbours), then pulled
 * tight into the fewest straight stretches that still keep clear (each corner drawn rounded by the caller).
 * A few thousand cells for a chart, so an arrow costs well under a millisecond. Pure: no DOM.
 */

export interface Point {
  x: number;
  y: number;
}
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Cell size, px: fine enough to pass between two rows of labels, coarse enough to stay cheap. */
const CELL = 5;
/** What a cell under a label or a mark costs, against 1 for a free one: a long detour beats crossing. */
const BLOCKED = 60;
/** Room kept around what is in the way, px. */
const MARGIN = 2;
/** What a cell another arrow already runs through costs: two arrows may cross, but not run along each other. */
const TAKEN = 6;

export interface RouteInput {
  /** The centres of the two marks. */
  from: Point;
  to: Point;
  /** What the way should keep clear of (labels, other marks, the axis line as a thin box). */
  obstacles: readonly Box[];
  /** Points along the arrows already drawn. */
  taken?: readonly Point[];
  width: number;
  height: number;
}

/** The way from `from` to `to` through one chart's obstacles (see RouteGrid for several arrows in one chart). */
export function gridRoute(input: RouteInput): Point[] | undefined {
  const grid = new RouteGrid(input.width, input.height, input.obstacles);
  grid.take(input.taken ?? []);
  return grid.route(input.from, input.to, []);
}

/** A binary heap of cells by priority, smallest first. */
class Queue {
  private readonly cells: number[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.cells.length;
  }

  push(cell: number, key: number): void {
    const { cells, keys } = this;
    let i = cells.length;
    cells.push(cell);
    keys.push(key);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (keys[up] <= key) break;
      cells[i] = cells[up];
      keys[i] = keys[up];
      i = up;
    }
    cells[i] = cell;
    keys[i] = key;
  }

  pop(): number {
    const { cells, keys } = this;
    const top = cells[0];
    const cell = cells.pop()!;
    const key = keys.pop()!;
    const n = cells.length;
    if (n) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1] < keys[child]) child++;
        if (keys[child] >= key) break;
        cells[i] = cells[child];
        keys[i] = keys[child];
        i = child;
      }
      cells[i] = cell;
      keys[i] = key;
    }
    return top;
  }
}

const STEPS = [
  [1, 0, 1], [-1, 0, 1], [0, 1, 1], [0, -1, 1],
  [1, 1, Math.SQRT2], [1, -1, Math.SQRT2], [-1, 1, Math.SQRT2], [-1, -1, Math.SQRT2],
] as const;

/**
 * One chart's cells and their costs, made once for all its arrows: the labels and every mark in it (an
 * arrow's own two marks are let through while it is routed), and the arrows already drawn, added as they are.
 */
export class RouteGrid {
  private readonly cols: number;
  private readonly rows: number;
  private readonly cost: Float32Array;
  private readonly spent: Float64Array;
  private readonly came: Int32Array;

  constructor(width: number, height: number, obstacles: readonly Box[]) {
    this.cols = Math.ceil(width / CELL);
    this.rows = Math.ceil(height / CELL);
    this.cost = new Float32Array(this.cols * this.rows).fill(1);
    for (const box of obstacles) this.fill(box, MARGIN, BLOCKED);
    this.spent = new Float64Array(this.cols * this.rows);
    this.came = new Int32Array(this.cols * this.rows);
  }

  /** Each cell of `box` (less or more `margin` px) at least `value`, or exactly `value` when `exact`. */
  private fill(box: Box, margin: number, value: number, exact = false): void {
    const { cols, rows, cost } = this;
    const c0 = Math.max(0, Math.floor((box.x0 - margin) / CELL));
    const c1 = Math.min(cols - 1, Math.floor((box.x1 + margin) / CELL));
    const r0 = Math.max(0, Math.floor((box.y0 - margin) / CELL));
    const r1 = Math.min(rows - 1, Math.floor((box.y1 + margin) / CELL));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (exact || cost[r * cols + c] < value) cost[r * cols + c] = value;
  }

  private cellOf(p: Point): number {
    const c = Math.floor(p.x / CELL);
    const r = Math.floor(p.y / CELL);
    return c >= 0 && c < this.cols && r >= 0 && r < this.rows ? r * this.cols + c : -1;
  }

  /** Points along an arrow just drawn: the next arrows keep off its cells where they can. */
  take(points: readonly Point[]): void {
    for (const p of points) {
      const cell = this.cellOf(p);
      if (cell >= 0 && this.cost[cell] < TAKEN) this.cost[cell] = TAKEN;
    }
  }

  /**
   * The way from `from` to `to` as corner points (the two centres first and last), or undefined when either
   * lies outside the chart. `own`: the boxes of the two marks, which the way may cross (it leaves one and enters the other).
   */
  route(from: Point, to: Point, own: readonly Box[]): Point[] | undefined {
    const kept = this.cost.slice();
    for (const box of own) this.fill(box, 0, 1, true);
    try {
      return this.search(from, to);
    } finally {
      this.cost.set(kept);
    }
  }

  private search(from: Point, to: Point): Point[] | undefined {
    const { cols, rows, cost, spent, came } = this;
    const start = this.cellOf(from);
    const goal = this.cellOf(to);
    if (start < 0 || goal < 0) return undefined;
    cost[start] = cost[goal] = 1;
    spent.fill(Infinity);
    came.fill(-1);
    const gc = goal % cols;
    const gr = (goal - gc) / cols;
    const queue = new Queue();
    spent[start] = 0;
    queue.push(start, 0);
    // A cell is taken from the queue again only when a cheaper way to it was found: a few times at most.
    for (let taken = 0, most = cols * rows * 8; queue.size && taken < most; taken++) {
      const cell = queue.pop();
      if (cell === goal) break;
      const c = cell % cols;
      const r = (cell - c) / cols;
      for (const [dc, dr, length] of STEPS) {
        const nc = c + dc;
        const nr = r + dr;
        if (nc < 0 || nc >= cols || nr < 0 || nr >= rows) continue;
        const next = nr * cols + nc;
        const through = spent[cell] + length * cost[next];
        if (through >= spent[next]) continue;
        spent[next] = through;
        came[next] = cell;
        queue.push(next, through + Math.hypot(gc - nc, gr - nr));
      }
    }
    if (came[goal] < 0 && goal !== start) return undefined;
    const cells: Point[] = [];
    for (let cell = goal; cell !== start; cell = came[cell]) cells.push({ x: ((cell % cols) + 0.5) * CELL, y: (Math.floor(cell / cols) + 0.5) * CELL });
    cells.reverse();
    const path = [from, ...cells.slice(0, -1), to];
    // A short cut may pass only through free cells, or those the way itself had to go through.
    const onWay = new Set<number>([start, goal]);
    for (let cell = goal; cell !== start; cell = came[cell]) onWay.add(cell);
    const clear = (a: Point, b: Point) => {
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (CELL / 2));
      for (let i = 1; i < steps; i++) {
        const cell = this.cellOf({ x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps });
        if (cell < 0 || (cost[cell] > 1 && !onWay.has(cell))) return false;
      }
      return true;
    };
    // Pulled tight: from each corner, straight on to the farthest point of the way in clear sight.
    const corners = [path[0]];
    for (let i = 0; i < path.length - 1; ) {
      let j = path.length - 1;
      while (j > i + 1 && !clear(path[i], path[j])) j--;
      corners.push(path[j]);
      i = j;
    }
    return corners;
  }
}
