import { expect } from '@open-wc/testing';
import { ClusterSlots } from '../../src/render/cluster-slots.js';

const id = (item: string) => item;

describe('ClusterSlots', () => {
  it('draws the first list in the order given', () => {
    expect(new ClusterSlots().order(['a', 'b', 'c'], id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps each cluster that stays where it was, and puts new ones where those gone were (a pan)', () => {
    const slots = new ClusterSlots();
    slots.order(['a', 'b', 'c', 'd'], id);
    // Panned: a left the view on one side, e came in on the other.
    expect(slots.order(['b', 'c', 'd', 'e'], id)).to.deep.equal(['e', 'b', 'c', 'd']);
    // And again: b goes, f comes; e keeps its place.
    expect(slots.order(['c', 'd', 'e', 'f'], id)).to.deep.equal(['e', 'f', 'c', 'd']);
  });

  it('moves a cluster whose place is past the end of a shorter list into a free place', () => {
    const slots = new ClusterSlots();
    slots.order(['a', 'b', 'c', 'd'], id);
    const shorter = slots.order(['d', 'x'], id);
    expect([...shorter].sort()).to.deep.equal(['d', 'x']);
    expect(shorter).to.have.length(2);
  });

  it('loses and repeats nothing, whatever comes and goes', () => {
    const slots = new ClusterSlots();
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let kept = 0;
    let previous: string[] = [];
    for (let round = 0; round < 300; round++) {
      const start = Math.floor(random() * 40);
      const list = Array.from({ length: Math.floor(random() * 30) }, (_, i) => `c${start + i}`);
      const ordered = slots.order(list, id);
      expect([...ordered].sort()).to.deep.equal([...list].sort());
      // A cluster in both lists whose old place still exists is drawn there again.
      ordered.forEach((item, slot) => { if (previous[slot] === item) kept++; });
      for (const item of list) {
        const was = previous.indexOf(item);
        if (was >= 0 && was < list.length) expect(ordered[was], `${item} keeps place ${was}`).to.equal(item);
      }
      previous = ordered;
    }
    expect(kept).to.be.above(100);
  });
});
