import { expect } from '@open-wc/testing';
import { LabelColumn } from '../../src/layout/label-column.js';
import { mulberry32 } from '../helpers/random.js';

const limits = { top: 0, bottom: 400, spacing: 2, maxShift: 36 };

describe('LabelColumn', () => {
  it('centres a lone box on where it wants to be, and keeps it inside the column (boxes come in the order of their dates)', () => {
    const column = new LabelColumn(limits);
    expect(column.add(2, 3, 16)).to.equal(true);
    expect(column.add(1, 100, 16)).to.equal(true);
    expect(column.add(3, 399, 16)).to.equal(true);
    expect([...column.centres()]).to.deep.equal([[2, 8], [1, 100], [3, 392]]);
  });

  it('moves crowded boxes apart around their common date, and refuses one that would move any too far, moving nothing', () => {
    const column = new LabelColumn(limits);
    for (let id = 0; id < 5; id++) expect(column.add(id, 200, 16), `box ${id}`).to.equal(true);
    const before = column.centres();
    expect([...before.values()]).to.deep.equal([164, 182, 200, 218, 236]);
    expect(column.add(5, 200, 16)).to.equal(false);
    expect(column.centres()).to.deep.equal(before);
    // A count (not held) is placed all the same, below the others.
    expect(column.add(6, 200, 16, false)).to.equal(true);
    expect(column.centres().get(6)).to.equal(254);
    expect(column.removeLast()).to.equal(6);
    expect(column.centres()).to.deep.equal(before);
  });

  it('restore() puts back the boxes taken away since the checkpoint, as well as taking away those added since', () => {
    const column = new LabelColumn(limits);
    for (let id = 0; id < 4; id++) column.add(id, 100 + id * 40, 16);
    const before = column.centres();
    const checkpoint = column.checkpoint();
    // A pile's count looking for room takes the labels before it away, one by one, then finds none.
    expect(column.removeLast()).to.equal(3);
    expect(column.removeLast()).to.equal(2);
    column.add(9, 300, 16);
    column.restore(checkpoint);
    expect(column.centres()).to.deep.equal(before);
    expect(column.has(2) && column.has(3) && !column.has(9)).to.equal(true);
    // And the column goes on from there as before.
    expect(column.removeLast()).to.equal(3);
  });

  it('never overlaps, disorders, or moves a held box further than maxShift, over 200 random columns (seeded)', () => {
    const random = mulberry32(42);
    for (let run = 0; run < 200; run++) {
      const column = new LabelColumn(limits);
      const wanted = Array.from({ length: 60 }, () => random() * 400).sort((a, b) => a - b);
      const tall = wanted.map(() => (random() < 0.3 ? 32 : 16));
      wanted.forEach((at, id) => column.add(id, at, tall[id]));
      const placed = [...column.centres()].sort((a, b) => a[0] - b[0]);
      expect(placed.length, `run ${run}`).to.be.greaterThan(10);
      placed.forEach(([id, y], i) => {
        expect(Math.abs(y - wanted[id]), `run ${run}: box ${id}`).to.be.at.most(limits.maxShift + 1e-9);
        expect(y - tall[id] / 2, `run ${run}: box ${id}`).to.be.at.least(limits.top - 1e-9);
        expect(y + tall[id] / 2, `run ${run}: box ${id}`).to.be.at.most(limits.bottom + 1e-9);
        if (i === 0) return;
        const [above, aboveY] = placed[i - 1];
        expect(y - tall[id] / 2 - (aboveY + tall[above] / 2), `run ${run}: boxes ${above} and ${id}`).to.be.at.least(limits.spacing - 1e-9);
      });
    }
  });
});
