import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { deleteId } from '../../src/model/id-delete.js';
import { IdMap } from '../../src/model/id-map.js';
import type { TimelineEvent } from '../../src/model/types.js';

const event = (id: string, version = 0) => ({ id, index: version }) as TimelineEvent;

describe('IdMap', () => {
  it('answers get, has and size as one Map would, after any sets and deletes', () => {
    // Ids in series and any strings; many of them, so that tables grow and their runs of taken slots are long.
    const key = fc.oneof(fc.string({ maxLength: 12 }), fc.nat(3000).map((n) => `e${n}`));
    const op = fc.tuple(fc.constantFrom('set', 'set', 'delete'), key);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 1500 }), fc.array(key, { maxLength: 50 }), (ops, asked) => {
        const ids = new IdMap();
        const map = new Map<string, TimelineEvent>();
        ops.forEach(([what, id], i) => {
          if (what === 'set') {
            const value = event(id, i);
            ids.set(value);
            map.set(id, value);
          } else expect(deleteId(ids, id)).to.equal(map.delete(id));
        });
        expect(ids.size).to.equal(map.size);
        for (const id of [...asked, ...ops.map(([, id]) => id)]) {
          expect(ids.has(id)).to.equal(map.has(id));
          expect(ids.get(id)).to.equal(map.get(id));
        }
      }),
      { seed: 3, numRuns: 150 },
    );
  });

  it('keeps finding every id after most are deleted and others set in their place', () => {
    const ids = new IdMap();
    for (let i = 0; i < 20_000; i++) ids.set(event(`id-${i}`));
    for (let i = 0; i < 20_000; i += 3) expect(deleteId(ids, `id-${i}`)).to.equal(true);
    for (let i = 0; i < 5_000; i++) ids.set(event(`new-${i}`));
    expect(ids.size).to.equal(20_000 - 6_667 + 5_000);
    for (let i = 0; i < 20_000; i++) expect(ids.get(`id-${i}`)?.id).to.equal(i % 3 ? `id-${i}` : undefined);
    for (let i = 0; i < 5_000; i++) expect(ids.has(`new-${i}`)).to.equal(true);
  });

  it('spreads ids made in series over its tables, so that none grows much past its share', () => {
    const ids = new IdMap();
    for (let i = 0; i < 64_000; i++) ids.set(event(`e${i}`));
    const counts = (ids as unknown as { tables: { count: number }[] }).tables.map((table) => table.count);
    expect(Math.max(...counts)).to.be.below(1_300);
    expect(Math.min(...counts)).to.be.above(700);
  });

  it('grows its tables at different sizes, so that no run of sets rebuilds many of them', () => {
    const ids = new IdMap();
    const tables = (ids as unknown as { tables: { slots: unknown[] }[] }).tables;
    const room = () => tables.map((table) => table.slots.length);
    let before = room();
    /** The set after which each table last grew. */
    const grewAt: number[] = [];
    for (let i = 0; i < 150_000; i++) {
      ids.set(event(`e${i}`));
      const after = room();
      after.forEach((slots, t) => slots !== before[t] && grewAt.push(i));
      before = after;
    }
    // Each table has grown several times; once the tables are past their first few sizes, no 2,000 sets in
    // a row grow more than a few of them (grown at one fill, all 64 grew within a few hundred sets).
    expect(grewAt.length).to.be.above(64 * 5);
    const late = grewAt.filter((at) => at >= 60_000);
    expect(late.length).to.be.above(64);
    const most = Math.max(...late.map((at) => late.filter((other) => other >= at && other < at + 2_000).length));
    expect(most).to.be.below(10);
  });
});
