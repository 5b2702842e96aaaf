import { expect } from '@open-wc/testing';
import { shareBands, wholePixels, type BandDemand } from '../../src/layout/band-share.js';

const LANE = 38;
const band = (room: number, lanes: number, top = 0): BandDemand => ({ room, top, lanes, least: 16 });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('shareBands()', () => {
  it('keeps every band at its room when none needs more: zooming moves nothing', () => {
    const shares = shareBands([band(2 * LANE, 2), band(3 * LANE, 1), band(LANE, 0)], LANE);
    expect(shares.map((share) => share.height)).to.deep.equal([2 * LANE, 3 * LANE, LANE]);
    expect(shares.map((share) => share.lanes)).to.deep.equal([2, 1, 0]);
  });

  it('gives a crowded band the lanes that bands with nothing in view do not use; the total stays', () => {
    // Three bands of one lane each; the first has four lanes of labels in view, the others nothing.
    const demands = [band(LANE, 4), band(LANE, 0), band(LANE, 0)];
    const shares = shareBands(demands, LANE);
    // The two empty bands shrink to their thin row; the first takes what they gave, a lane at a time.
    expect(shares.map((share) => share.lanes)).to.deep.equal([2, 0, 0]);
    expect(shares[1].height).to.be.at.least(16);
    expect(sum(shares.map((share) => share.height))).to.be.closeTo(3 * LANE, 1e-9);
    expect(shares[0].height).to.equal(2 * LANE);
  });

  it('takes turns from the top when two bands want more than there is to spare', () => {
    const demands = [band(LANE, 3), band(LANE, 3), band(4 * LANE, 0)];
    const shares = shareBands(demands, LANE);
    // 4 lanes less the thin row spare: three lanes, two to the first band (it goes first) and one to the second.
    expect(shares.map((share) => share.lanes)).to.deep.equal([3, 2, 0]);
    expect(sum(shares.map((share) => share.height))).to.be.closeTo(6 * LANE, 1e-9);
  });

  it('gives back, in proportion, what no band took', () => {
    // The first band wants one lane more than its room; the two others have 2 and 1 lanes spare.
    const demands = [band(LANE, 2), band(3 * LANE, 1), band(2 * LANE, 1)];
    const shares = shareBands(demands, LANE);
    expect(shares.map((share) => share.lanes)).to.deep.equal([2, 1, 1]);
    expect(shares[0].height).to.equal(2 * LANE);
    // Spare was 2 + 1 lanes, one was taken: each giver keeps two thirds of what it had spare, in whole pixels
    // (50.67 and 25.33 px: the pixel left goes to the larger remainder), and the total is exact.
    expect(shares[1].height).to.equal(LANE + 51);
    expect(shares[2].height).to.equal(LANE + 25);
    expect(sum(shares.map((share) => share.height))).to.equal(6 * LANE);
  });

  it('keeps a band\'s strip of clusters above its lanes, and gives a band with labels one lane even past the total', () => {
    const shares = shareBands([band(22, 2, 22), band(22, 0, 22)], LANE);
    // The first has no lane in its room (a strip only) and the second nothing to give: it gets one anyway.
    expect(shares[0]).to.deep.equal({ lanes: 1, height: 22 + LANE });
    expect(shares[1]).to.deep.equal({ lanes: 0, height: 22 });
  });

  it('never grows a band past the lanes it wants', () => {
    const shares = shareBands([band(LANE, 2), band(10 * LANE, 0)], LANE);
    expect(shares[0].lanes).to.equal(2);
    expect(shares[0].height).to.equal(2 * LANE);
    expect(shares[1].height).to.equal(9 * LANE);
  });

  it('gives whole-pixel heights whose total is the rooms\' to the last digit, whatever the view (a fraction re-laid the whole chart)', () => {
    for (let seed = 1; seed < 200; seed++) {
      const demands = Array.from({ length: 3 + (seed % 40) }, (_, i) => band(LANE * (1 + ((seed * (i + 3)) % 3)), (seed * (i + 7)) % 5));
      const heights = shareBands(demands, LANE).map((share) => share.height);
      for (const height of heights) expect(Number.isInteger(height), `height ${height}`).to.equal(true);
      if (demands.every((d) => d.lanes * LANE <= d.room)) expect(sum(heights)).to.equal(sum(demands.map((d) => d.room)));
    }
  });
});

describe('wholePixels()', () => {
  it('rounds shares to whole pixels that add up to the total, the largest remainders first', () => {
    expect(wholePixels([50 + 2 / 3, 25 + 1 / 3], 76)).to.deep.equal([51, 25]);
    expect(wholePixels([10 / 3, 10 / 3, 10 / 3], 10)).to.deep.equal([4, 3, 3]);
    expect(wholePixels([0, 7.5, 2.5], 10)).to.deep.equal([0, 8, 2]);
    expect(wholePixels([], 0)).to.deep.equal([]);
  });
});
