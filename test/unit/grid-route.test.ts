import { expect } from '@open-wc/testing';
import { gridRoute, type Box, type Point } from '../../src/layout/grid-route.js';

/** Points every px along the straight stretches between corners. */
function along(corners: Point[]): Point[] {
  const points: Point[] = [];
  for (let i = 1; i < corners.length; i++) {
    const [p, q] = [corners[i - 1], corners[i]];
    const steps = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y));
    for (let k = 0; k <= steps; k++) points.push({ x: p.x + ((q.x - p.x) * k) / steps, y: p.y + ((q.y - p.y) * k) / steps });
  }
  return points;
}
const inside = (p: Point, b: Box) => p.x > b.x0 && p.x < b.x1 && p.y > b.y0 && p.y < b.y1;

describe('gridRoute()', () => {
  it('goes straight when nothing is in the way', () => {
    expect(gridRoute({ from: { x: 20, y: 50 }, to: { x: 280, y: 50 }, obstacles: [], width: 300, height: 100 })).to.deep.equal([{ x: 20, y: 50 }, { x: 280, y: 50 }]);
  });

  it('goes through the gap in a row of labels, not across one, in a few straight stretches, each onward', () => {
    // Two labels side by side between the marks, 20 px apart: the gap is the way.
    const obstacles = [{ x0: 0, y0: 90, x1: 140, y1: 106 }, { x0: 160, y0: 90, x1: 400, y1: 106 }];
    const corners = gridRoute({ from: { x: 50, y: 40 }, to: { x: 300, y: 160 }, obstacles, width: 400, height: 200 })!;
    expect(corners[0]).to.deep.equal({ x: 50, y: 40 });
    expect(corners[corners.length - 1]).to.deep.equal({ x: 300, y: 160 });
    // A few stretches, each onward: never back or up on the way from top left to bottom right.
    expect(corners.length).to.be.at.most(6);
    corners.slice(1).forEach((corner, i) => expect(corner.x >= corners[i].x && corner.y >= corners[i].y, JSON.stringify(corners)).to.equal(true));
    for (const point of along(corners)) for (const box of obstacles) expect(inside(point, box), `${point.x},${point.y}`).to.equal(false);
    // Through the gap, not around the ends of the row.
    const crossing = along(corners).find((p) => p.y >= 90 && p.y <= 106)!;
    expect(crossing.x).to.be.within(140, 160);
  });

  it('keeps off an arrow already drawn where it can, and crosses what it must when there is no way round', () => {
    const taken = Array.from({ length: 200 }, (_, i) => ({ x: 20 + i, y: 50 }));
    const corners = gridRoute({ from: { x: 20, y: 54 }, to: { x: 220, y: 54 }, obstacles: [], taken, width: 300, height: 100 })!;
    const onTaken = along(corners).filter((p) => Math.abs(p.y - 50) < 3 && p.x > 30 && p.x < 210);
    expect(onTaken.length).to.be.below(10);
    // A wall across the whole chart: the way still arrives, across it.
    const wall = [{ x0: 140, y0: 0, x1: 160, y1: 100 }];
    const through = gridRoute({ from: { x: 20, y: 50 }, to: { x: 280, y: 50 }, obstacles: wall, width: 300, height: 100 })!;
    expect(through[through.length - 1]).to.deep.equal({ x: 280, y: 50 });
  });

  it('gives no way from or to a point outside the chart', () => {
    expect(gridRoute({ from: { x: -5, y: 50 }, to: { x: 100, y: 50 }, obstacles: [], width: 300, height: 100 })).to.equal(undefined);
  });
});
