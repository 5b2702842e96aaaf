/**
 * Places each event's mark and label in a lane so that no two labels overlap and none is cut off.
 * Greedy first fit over items sorted by their left edge, which uses the fewest lanes possible for
 * intervals on a line. Where the lanes are full, marks go without labels into piles, and each pile
 * takes one short label of its own, its count ("+44"), so that nothing is hidden without a number.
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
  /** False when there was no room in any lane: the mark is drawn in a pile, the label is not. */
  labelVisible: boolean;
  /** The pile the unlabelled mark is counted in (an index into `piles`). */
  pile?: number;
}

/** Marks without labels, close together in one lane, counted by one label at `labelX`. */
export interface Pile {
  lane: number;
  /** Indices of its items, in the order of their left edge. */
  members: number[];
  /** From the first member's left to the last one's right, px. */
  x0: number;
  x1: number;
  labelX: number;
}

export interface LaneOptions {
  width: number;
  /** Space kept free between two things in one lane, px. */
  gap?: number;
  /** Lanes at most; items that do not fit go unlabelled into piles. */
  maxLanes?: number;
  /** The label starts this far left of the mark's start (half a point mark). */
  labelInset?: number;
  /** Width of a pile's count label for a count, px ("+44"). */
  pileLabelWidth?: (count: number) => number;
  /** A mark this close to a pile's last one (px) joins it rather than starting a pile of its own. */
  pileReach?: number;
}

export interface LaneLayout {
  placements: LanePlacement[];
  laneCount: number;
  piles: Pile[];
}

export function assignLanes(items: readonly LaneItem[], options: LaneOptions): LaneLayout {
  const { width, gap = 12, maxLanes = Infinity, labelInset = 0, pileLabelWidth = (count) => 8 + 7 * String(count).length, pileReach = 24 } = options;
  const lanesAtMost = Math.max(1, maxLanes);
  const order = items.map((_, i) => i).sort((a, b) => items[a].x0 - items[b].x0 || a - b);
  const laneEnds: number[] = [];
  /** Per lane: its last labelled item, and where the lane ended before that item. */
  const lastLabelled: { item: number; endBefore: number }[] = [];
  const placements: LanePlacement[] = new Array(items.length);
  const piles: Pile[] = [];
  const pileEnd = (pile: Pile) => Math.max(pile.x1, pile.labelX + pileLabelWidth(pile.members.length));

  for (const i of order) {
    const item = items[i];
    const labelWidth = Math.min(item.labelWidth, width);
    const labelX = Math.max(0, Math.min(item.x0 - labelInset, width - labelWidth));
    const left = Math.min(item.x0, labelX);
    const right = Math.max(item.x1, labelX + labelWidth);

    let lane = laneEnds.findIndex((end) => end + gap <= left);
    if (lane === -1 && laneEnds.length < lanesAtMost) lane = laneEnds.push(-Infinity) - 1;
    if (lane !== -1) {
      lastLabelled[lane] = { item: i, endBefore: laneEnds[lane] };
      laneEnds[lane] = right;
      placements[i] = { lane, labelX, labelVisible: true };
      continue;
    }
    // No room for the label: the mark joins the nearest pile within reach, or starts one where its
    // count fits (beside the lane's last label if need be), or one where a label gives way to its count.
    const near = piles.filter((pile) => item.x0 - pile.x1 <= pileReach).sort((a, b) => b.x1 - a.x1)[0];
    let pile = near;
    if (!pile) {
      const countWidth = pileLabelWidth(1);
      const countX = Math.max(0, Math.min(item.x0 - labelInset, width - countWidth));
      let pileLane = laneEnds.findIndex((end) => end + gap <= Math.min(item.x0, countX));
      let at = countX;
      if (pileLane === -1) {
        pileLane = laneEnds.indexOf(Math.min(...laneEnds));
        at = laneEnds[pileLane] + gap;
      }
      // Else a label gives way to the count, in the lane whose last label's mark is nearest, and the count
      // goes by the marks it counts; unless the latest pile is nearer. (A count far from its marks reads as
      // theirs no more: with long labels in every lane, '+9' under 2011 counted the marks of 2012 to 2017.)
      const latest = piles[piles.length - 1];
      const giving = nearestLast(lastLabelled, placements, items);
      if (at + countWidth <= width) {
        pile = { lane: pileLane, members: [], x0: item.x0, x1: item.x1, labelX: at };
        piles.push(pile);
      } else if (latest && (giving === undefined || item.x0 - latest.x1 <= item.x0 - items[lastLabelled[giving].item].x0)) {
        pile = latest;
      } else {
        const lane = giving ?? pileLane;
        const { item: evicted, endBefore } = lastLabelled[lane];
        const { x0, x1 } = items[evicted];
        // Within the label given up (nothing follows it in its lane), as near the marks as it can be.
        const labelAt = Math.max(placements[evicted].labelX, countX);
        pile = { lane, members: [evicted], x0, x1, labelX: Math.max(0, Math.min(labelAt, width - countWidth)) };
        placements[evicted] = { ...placements[evicted], labelVisible: false, pile: piles.length };
        piles.push(pile);
        laneEnds[lane] = Math.max(endBefore, x1);
      }
    }
    pile.members.push(i);
    pile.x0 = Math.min(pile.x0, item.x0);
    pile.x1 = Math.max(pile.x1, item.x1);
    // A longer count ("+10") moves left rather than past the edge.
    pile.labelX = Math.max(0, Math.min(pile.labelX, width - pileLabelWidth(pile.members.length)));
    laneEnds[pile.lane] = Math.max(laneEnds[pile.lane], pileEnd(pile));
    placements[i] = { lane: pile.lane, labelX, labelVisible: false, pile: piles.indexOf(pile) };
  }
  return { placements, laneCount: Math.max(1, laneEnds.length), piles };
}

/** The lane whose last label is still shown and whose mark is nearest `x` (at or before it: the items come by their left edge). */
function nearestLast(lastLabelled: readonly { item: number }[], placements: readonly LanePlacement[], items: readonly LaneItem[]): number | undefined {
  let best: number | undefined;
  lastLabelled.forEach(({ item }, lane) => {
    if (!placements[item].labelVisible) return;
    if (best === undefined || items[item].x0 > items[lastLabelled[best].item].x0) best = lane;
  });
  return best;
}
