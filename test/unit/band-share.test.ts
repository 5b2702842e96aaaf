import { expect } from '@open-wc/testing';
import { shareBands, type BandDemand } from '../../src/layout/band-share.js';

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
    // Spare was 2 + 1 lanes, one was taken: each giver keeps two thirds of what it had spare.
    expect(shares[1].height).to.be.closeTo(LANE + (2 * LANE * 2) / 3, 1e-9);
    expect(shares[2].height).to.be.closeTo(LANE + (LANE * 2) / 3, 1e-9);
    expect(sum(shares.map((share) => share.height))).to.be.closeTo(6 * LANE, 1e-9);
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
});
