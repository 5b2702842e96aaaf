import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IdMap } from '../../src/model/id-map.js';
import type { TimelineEvent } from '../../src/model/types.js';

const event = (id: string) => ({ id }) as TimelineEvent;

describe('IdMap', () => {
  it('answers get, has and size as one Map would, after any sets and deletes', () => {
    const key = fc.oneof(fc.string({ maxLength: 20 }), fc.nat(2000).map((n) => `e${n}`));
    const op = fc.tuple(fc.boolean(), key);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.array(key, { maxLength: 30 }), (ops, asked) => {
        const ids = new IdMap();
        const map = new Map<string, TimelineEvent>();
        for (const [add, id] of ops) {
          if (add) {
            const value = event(id);
            ids.set(id, value);
            map.set(id, value);
          } else expect(ids.delete(id)).to.equal(map.delete(id));
          expect(ids.size).to.equal(map.size);
        }
        for (const id of [...asked, ...ops.map(([, id]) => id)]) {
          expect(ids.has(id)).to.equal(map.has(id));
          expect(ids.get(id)).to.equal(map.get(id));
        }
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('spreads ids made in series over its maps, so that none grows much past its share', () => {
    const ids = new IdMap();
    for (let i = 0; i < 64_000; i++) ids.set(`e${i}`, event(`e${i}`));
    const sizes = (ids as unknown as { shards: Map<string, TimelineEvent>[] }).shards.map((shard) => shard.size);
    expect(Math.max(...sizes)).to.be.below(2_000);
    expect(Math.min(...sizes)).to.be.above(500);
  });
});
