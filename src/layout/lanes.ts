/**
 * Places each event's mark and label in a lane so that no two labels overlap and none is cut off.
 * Greedy first fit over items sorted by their left edge, which uses the fewest lanes possible for
 * intervals on a line.
 */

export interface LaneItem {
  /** Left and right of the mark, px. A point has x0 === x1. */
  x0: number;
  x1: number;
  /** Width of the label text, px. */
  labelWidth: number;
}

export interface LanePlacement {
  lane: number;
  /** Left of the label, px: at the mark's start, or moved left so that it ends inside the width. */
  labelX: number;
  /** False when there was no room in any lane: the mark is drawn, the label is not. */
  labelVisible: boolean;
}

export interface LaneOptions {
  width: number;
  /** Space kept free between two things in one lane, px. */
  gap?: number;
  /** Lanes at most; items that do not fit go unlabelled into the lane that frees up first. */
  maxLanes?: number;
  /** The label starts this far left of the mark's start (half a point mark). */
  labelInset?: number;
}

export interface LaneLayout {
  placements: LanePlacement[];
  laneCount: number;
}

export function assignLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const { width, gap = 12, maxLanes = Infinity, labelInset = 0 } = options;
  const order = items.map((_, i) => i).sort((a, b) => items[a].x0 - items[b].x0 || a - b);
  const laneEnds: number[] = [];
  const placements: LanePlacement[] = new Array(items.length);

  for (const i of order) {
    const item = items[i];
    const labelWidth = Math.min(item.labelWidth, width);
    const labelX = Math.max(0, Math.min(item.x0 - labelInset, width - labelWidth));
    const left = Math.min(item.x0, labelX);
    const right = Math.max(item.x1, labelX + labelWidth);

    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane === -1 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane === -1) {
      // No room for the label anywhere: keep the mark, in the lane whose marks end soonest.
      lane = laneEnds.indexOf(Math.min(...laneEnds));
      placements[i] = { lane, labelX, labelVisible: false };
      laneEnds[lane] = Math.max(laneEnds[lane], item.x1);
      continue;
    }
    laneEnds[lane] = right;
    placements[i] = { lane, labelX, labelVisible: true };
  }
  return { placements, laneCount: Math.max(1, laneEnds.length) };
}
