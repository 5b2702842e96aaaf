import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addRead } from '../../src/model/changes.js';
import { byTime, derive } from '../../src/model/derive.js';
import { joinSummaries, summarize } from '../../src/model/batch-summary.js';
import { SteppedMerge, type MergeBuffers } from '../../src/model/merge-steps.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { DerivedData } from '../../src/model/derive.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** Events read from records with these days of 2000 (and ranges of a few days), ids from `first`. */
function read(days: readonly (readonly [number, number])[], first: number): TimelineEvent[] {
  const day = (d: number) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
  const records = days.map(([start, length], i) => ({ id: `e${first + i}`, title: `Event ${first + i}`, start: day(start), ...(length ? { end: day(start + length) } : {}), category: `c${(start + i) % 3}` }));
  const { events } = parseEventsDocument(records);
  for (const event of events) event.index += first;
  return events.sort(byTime);
}

/** What the element draws from: the events in order, their index, the lookups by id and the counts. */
function drawn(derived: DerivedData) {
  const n = derived.document.events.length;
  return {
    ids: derived.document.events.map((event) => event.id),
    froms: [...derived.index.froms],
    tos: [...derived.index.tos],
    latestTo: derived.index.latestTo,
    ranged: [...derived.index.ranged],
    positions: derived.document.events.map((event) => derived.positions.get(event.id)),
    byId: derived.document.events.every((event) => derived.byId.get(event.id) === event) && derived.byId.size === n,
    counts: [...derived.categoryCounts].sort(),
    nextIndex: derived.nextIndex,
  };
}

const days = fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { maxLength: 80 });

describe('SteppedMerge', () => {
  it('gives what merging at once gives, batch after batch, from runs read apart, in steps of any length, with the buffers passed on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(days, fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 80 }), fc.boolean()), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 2 }),
        (batches, stepMs) => {
          let atOnce = derive({ events: [], problems: [], categories: [] });
          let stepped = derive({ events: [], problems: [], categories: [] });
          let spare: MergeBuffers | undefined;
          let first = 0;
          for (const [batch, runOf, summed] of batches) {
            atOnce = addRead(atOnce, read(batch, first));
            // The batch dealt into up to four runs, each in time order, as a large read's slices come.
            const runs: TimelineEvent[][] = [[], [], [], []];
            read(batch, first).forEach((event, i) => runs[runOf[i] ?? 0].push(event));
            const summary = summed ? runs.map(summarize).reduce(joinSummaries) : undefined;
            const merge = new SteppedMerge(stepped, runs, spare, 200, summary);
            let steps = 0;
            // Zero milliseconds: one stretch a step, so that a long batch takes many steps.
            while (!merge.step(stepMs)) steps++;
            expect(steps).to.be.below(10);
            ({ derived: stepped, spare } = merge.finish());
            first += batch.length;
            expect(drawn(stepped)).to.deep.equal(drawn(atOnce));
            expect(stepped.inserted?.map((event) => event.id)).to.deep.equal(atOnce.inserted?.map((event) => event.id));
            expect([stepped.finest, stepped.zone, stepped.grouped, stepped.dateKinds]).to.deep.equal([atOnce.finest, atOnce.zone, atOnce.grouped, atOnce.dateKinds]);
          }
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  });

  it('leaves the data shown whole until it ends, and writes into the other buffers', () => {
    const shown = addRead(derive({ events: [], problems: [], categories: [] }), read([[1, 0], [5, 2], [9, 0]], 0));
    const before = drawn(shown);
    const merge = new SteppedMerge(shown, [read([[3, 0], [7, 1]], 3)], undefined, 10);
    expect(merge.step(Infinity)).to.equal(true);
    const { derived, spare } = merge.finish();
    // Found by id once merged; the list and index shown before are as they were.
    expect(drawn(shown).ids).to.deep.equal(before.ids);
    expect(drawn(shown).froms).to.deep.equal(before.froms);
    expect(derived.document.events).not.to.equal(shown.document.events);
    expect(derived.document.events.map((event) => event.id)).to.deep.equal(['e0', 'e3', 'e1', 'e4', 'e2']);
    // The next merge gets the buffers the data shown before used.
    expect(spare.events).to.equal(shown.document.events);
    expect(spare.froms.buffer).to.equal(shown.index.froms.buffer);
  });
});
