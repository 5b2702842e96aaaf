import { expect } from '@open-wc/testing';
import { assignLanes, type LaneItem, type LaneLayout } from '../../src/layout/lanes.js';
import { mulberry32 } from '../helpers/random.js';


const point = (x: number, labelWidth: number): LaneItem => ({ x0: x, x1: x, labelWidth });
/** The width of a pile's count as assignLanes() takes it by default ("+44": 8px and 7px a digit). */
const PILE_WIDTH = (count: number) => 8 + 7 * String(count).length;

/** What a placed item occupies in its lane: its mark and its label. */
function box(item: LaneItem, labelX: number, width: number) {
  const labelWidth = Math.min(item.labelWidth, width);
  return { left: Math.min(item.x0, labelX), right: Math.max(item.x1, labelX + labelWidth), labelLeft: labelX, labelRight: labelX + labelWidth };
}

/** Every problem with a layout's geometry, as readable strings (empty when all is well). */
function geometryProblems(items: readonly LaneItem[], layout: LaneLayout, width: number, gap: number, maxLanes = Infinity): string[] {
  const problems: string[] = [];
  if (layout.placements.length !== items.length) problems.push(`${layout.placements.length} placements for ${items.length} items`);
  if (layout.laneCount > Math.max(1, maxLanes)) problems.push(`${layout.laneCount} lanes, more than ${maxLanes}`);
  const visible = items.map((item, i) => ({ i, item, placement: layout.placements[i] })).filter(({ placement }) => placement?.labelVisible);
  for (const { i, item, placement } of visible) {
    const { labelLeft, labelRight } = box(item, placement.labelX, width);
    if (labelLeft < 0 || labelRight > width + 1e-9) problems.push(`label ${i} [${labelLeft}, ${labelRight}] is cut off by [0, ${width}]`);
    if (placement.lane < 0 || placement.lane >= layout.laneCount) problems.push(`item ${i} in lane ${placement.lane} of ${layout.laneCount}`);
  }
  // Every mark without a label is counted in exactly one pile, in its lane; a pile's count overlaps no label of its lane.
  const counted = layout.piles.flatMap((pile) => pile.members);
  items.forEach((_, i) => {
    const placement = layout.placements[i];
    if (!placement || placement.labelVisible) return;
    const times = counted.filter((member) => member === i).length;
    if (times !== 1) problems.push(`unlabelled item ${i} is counted ${times} times`);
    if (placement.pile === undefined || layout.piles[placement.pile]?.lane !== placement.lane) problems.push(`unlabelled item ${i} is not in its pile's lane`);
  });
  for (const [p, pile] of layout.piles.entries()) {
    const countRight = pile.labelX + PILE_WIDTH(pile.members.length);
    if (pile.labelX < 0 || countRight > width + 1e-9) problems.push(`pile ${p}'s count is cut off`);
    for (const { i, item, placement } of visible) {
      if (placement.lane !== pile.lane) continue;
      const { labelLeft, labelRight } = box(item, placement.labelX, width);
      if (labelLeft < countRight && pile.labelX < labelRight) problems.push(`pile ${p}'s count overlaps label ${i} in lane ${pile.lane}`);
    }
  }
  for (let a = 0; a < visible.length; a++) {
    for (let b = a + 1; b < visible.length; b++) {
      const p = visible[a];
      const q = visible[b];
      if (p.placement.lane !== q.placement.lane) continue;
      const boxP = box(p.item, p.placement.labelX, width);
      const boxQ = box(q.item, q.placement.labelX, width);
      // Labels must not overlap; the lane also keeps `gap` free between one item (mark and label) and the next.
      if (boxP.labelLeft < boxQ.labelRight && boxQ.labelLeft < boxP.labelRight) {
        problems.push(`labels ${p.i} and ${q.i} overlap in lane ${p.placement.lane}`);
      }
      if (boxP.left < boxQ.right + gap && boxQ.left < boxP.right + gap) {
        problems.push(`items ${p.i} and ${q.i} are closer than ${gap}px in lane ${p.placement.lane}`);
      }
    }
  }
  return problems;
}

describe('assignLanes()', () => {
  it('assignLanes() puts overlapping labels in separate lanes', () => {
    const items = [point(10, 100), point(50, 100)];
    const { placements, laneCount } = assignLanes(items, { width: 500 });
    expect(placements.map((p) => p.lane)).to.deep.equal([0, 1]);
    expect(placements.every((p) => p.labelVisible)).to.equal(true);
    expect(laneCount).to.equal(2);
  });

  it('assignLanes() reuses a lane when there is room', () => {
    const items = [point(0, 50), point(200, 50), point(20, 50), point(300, 50)];
    const { placements, laneCount } = assignLanes(items, { width: 500 });
    expect(placements.map((p) => p.lane)).to.deep.equal([0, 0, 1, 0]);
    expect(laneCount).to.equal(2);
  });

  it('assignLanes() keeps the gap between two things in a lane', () => {
    // The first label ends at 100; the next may start at 100 + 12, not before.
    expect(assignLanes([point(0, 100), point(111, 10)], { width: 500 }).placements[1].lane).to.equal(1);
    expect(assignLanes([point(0, 100), point(112, 10)], { width: 500 }).placements[1].lane).to.equal(0);
    expect(assignLanes([point(0, 100), point(105, 10)], { width: 500, gap: 5 }).placements[1].lane).to.equal(0);
  });

  it('assignLanes() counts a bar longer than its label as taken up to its end', () => {
    const items: LaneItem[] = [{ x0: 0, x1: 300, labelWidth: 50 }, point(150, 20)];
    expect(assignLanes(items, { width: 500 }).placements.map((p) => p.lane)).to.deep.equal([0, 1]);
  });

  it('assignLanes() places the label at the start of the mark', () => {
    expect(assignLanes([point(100, 50)], { width: 500 }).placements[0].labelX).to.equal(100);
    expect(assignLanes([point(100, 50)], { width: 500, labelInset: 6 }).placements[0].labelX).to.equal(94);
  });

  it('assignLanes() moves a label left so that it ends inside the width', () => {
    const { placements } = assignLanes([point(480, 100)], { width: 500 });
    expect(placements[0].labelX).to.equal(400);
    expect(placements[0].labelVisible).to.equal(true);
  });

  it('assignLanes() keeps the label of a mark left of the view inside it, at 0', () => {
    const items: LaneItem[] = [{ x0: -50, x1: 20, labelWidth: 60 }];
    expect(assignLanes(items, { width: 500 }).placements[0].labelX).to.equal(0);
  });

  it('assignLanes() puts a label wider than the width at 0', () => {
    expect(assignLanes([point(300, 900)], { width: 500 }).placements[0].labelX).to.equal(0);
  });

  it('assignLanes() takes a label moved left into account when choosing its lane', () => {
    // The second mark is far from the first, but its label, moved left to fit, reaches back over the first.
    const items = [point(300, 50), point(490, 200)];
    const { placements } = assignLanes(items, { width: 500 });
    expect(placements[1].labelX).to.equal(300);
    expect(placements.map((p) => p.lane)).to.deep.equal([0, 1]);
  });

  it('assignLanes() respects maxLanes: labels that do not fit are hidden, marks kept', () => {
    const items = [point(10, 100), point(20, 100), point(30, 100), point(40, 100)];
    const { placements, laneCount } = assignLanes(items, { width: 500, maxLanes: 2 });
    expect(laneCount).to.equal(2);
    expect(placements.map((p) => p.labelVisible)).to.deep.equal([true, true, false, false]);
    for (const p of placements) expect(p.lane).to.be.within(0, 1);
  });

  it('assignLanes() puts an unlabelled mark into a pile beside the lane\'s last label, and counts it', () => {
    const items: LaneItem[] = [{ x0: 0, x1: 400, labelWidth: 10 }, point(5, 100), point(30, 10)];
    const { placements, piles } = assignLanes(items, { width: 500, maxLanes: 2 });
    expect(placements[2]).to.deep.include({ lane: 1, labelVisible: false, pile: 0 });
    expect(piles).to.deep.equal([{ lane: 1, members: [2], x0: 30, x1: 30, labelX: 5 + 100 + 12 }]);
  });

  it('assignLanes() counts a crowd of marks in one pile, "+N" beside them, and starts another pile further on', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => point(100 + i * 2, 120));
    const later = Array.from({ length: 5 }, (_, i) => point(400 + i * 3, 120));
    const { placements, piles } = assignLanes([...crowd, ...later], { width: 600, maxLanes: 3 });
    // Three labels in the crowd, three later where the lanes are free again.
    expect(placements.filter((p) => p.labelVisible)).to.have.length(6);
    expect(piles.map((pile) => pile.members.length)).to.deep.equal([37, 2]);
    expect(piles[0].members).to.deep.equal(Array.from({ length: 37 }, (_, i) => i + 3));
    expect(piles[1].x0).to.equal(409);
  });

  it('assignLanes() counts marks far from the latest pile near themselves: the nearest label gives way, rather than a count far away', () => {
    // As the Armenian story chart at 390 px: a pile under 2011 counted the marks of 2012 to 2017 at the far right.
    const items: LaneItem[] = [
      { x0: 0, x1: 0, labelWidth: 380 },
      { x0: 5, x1: 5, labelWidth: 100 },
      point(10, 50),
      { x0: 200, x1: 200, labelWidth: 190 },
      point(300, 50),
      point(310, 50),
    ];
    const { placements, piles } = assignLanes(items, { width: 400, maxLanes: 2 });
    expect(piles.map((pile) => pile.members)).to.deep.equal([[2], [3, 4, 5]]);
    // The label of the mark at 200 gives way; the count stands by the marks it counts.
    expect(piles[1]).to.deep.include({ lane: 1, labelX: 300 });
    expect(placements[3]).to.deep.include({ labelVisible: false, pile: 1 });
    expect(placements.filter((p) => p.labelVisible)).to.have.length(2);
  });

  it('assignLanes() labels everything with one lane when nothing overlaps', () => {
    const items = [point(0, 40), point(100, 40), point(200, 40)];
    const { placements, laneCount } = assignLanes(items, { width: 500, maxLanes: 1 });
    expect(laneCount).to.equal(1);
    expect(placements.every((p) => p.labelVisible && p.lane === 0)).to.equal(true);
  });

  it('assignLanes() gives one lane for no items', () => {
    expect(assignLanes([], { width: 500 })).to.deep.equal({ placements: [], laneCount: 1, piles: [] });
  });

  it('assignLanes() gives each item its own placement in input order, whatever the x order', () => {
    const items = [point(400, 20), point(0, 20), point(200, 20)];
    const { placements } = assignLanes(items, { width: 500 });
    expect(placements.map((p) => p.labelX)).to.deep.equal([400, 0, 200]);
  });

  it('assignLanes() never overlaps or cuts off a visible label, over 400 random sets (seeded)', () => {
    const random = mulberry32(20161215);
    let labelled = 0;
    for (let run = 0; run < 400; run++) {
      const width = 100 + Math.floor(random() * 1100);
      const count = 1 + Math.floor(random() * 40);
      const gap = random() < 0.5 ? 12 : Math.floor(random() * 20);
      const maxLanes = random() < 0.3 ? 1 + Math.floor(random() * 5) : Infinity;
      const labelInset = random() < 0.3 ? 6 : 0;
      const items: LaneItem[] = Array.from({ length: count }, () => {
        const x0 = -100 + random() * (width + 200);
        const isPoint = random() < 0.5;
        const x1 = isPoint ? x0 : x0 + random() * 400;
        // Mostly narrower than the view, sometimes wider; fractional, as measured text is.
        const labelWidth = random() < 0.1 ? width + random() * 200 : 1 + random() * Math.min(width, 300);
        return { x0, x1, labelWidth };
      });
      const layout = assignLanes(items, { width, gap, maxLanes, labelInset });
      const problems = geometryProblems(items, layout, width, gap, maxLanes);
      expect(problems, `run ${run}: ${JSON.stringify({ width, gap, maxLanes, labelInset, items })}`).to.deep.equal([]);
      if (maxLanes === Infinity) {
        expect(layout.placements.every((p) => p.labelVisible), `run ${run}: every label is shown when lanes are unlimited`).to.equal(true);
      }
      labelled += layout.placements.filter((p) => p.labelVisible).length;
    }
    // The check above must have looked at something.
    expect(labelled).to.be.greaterThan(1000);
  });

  it('assignLanes() geometry check catches an overlap (the property test can fail)', () => {
    const items = [point(10, 100), point(50, 100)];
    const wrong: LaneLayout = { placements: [{ lane: 0, labelX: 10, labelVisible: true }, { lane: 0, labelX: 50, labelVisible: true }], laneCount: 1, piles: [] };
    expect(geometryProblems(items, wrong, 500, 12)).to.include('labels 0 and 1 overlap in lane 0');
    const cut: LaneLayout = { placements: [{ lane: 0, labelX: 450, labelVisible: true }], laneCount: 1, piles: [] };
    expect(geometryProblems([point(450, 100)], cut, 500, 12)[0]).to.match(/cut off/);
  });
});
