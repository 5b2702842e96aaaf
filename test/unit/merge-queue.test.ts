import { expect } from '@open-wc/testing';
import { addRead } from '../../src/model/changes.js';
import { byTime, derive, type DerivedData } from '../../src/model/derive.js';
import { Merges, mergeDue } from '../../src/model/merge-queue.js';
import { parseEventsDocument } from '../../src/model/parse.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** Events on these days of 2000, ids from `first`, each run in time order as a slice is. */
function run(days: readonly number[], first: number): TimelineEvent[] {
  const { events } = parseEventsDocument(days.map((d, i) => ({ id: `e${first + i}`, title: `E${first + i}`, start: new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10) })));
  for (const event of events) event.index += first;
  return events.sort(byTime);
}

describe('Merges', () => {
  it('keeps what is read until a merge starts, then shows it all, in time order, as reading at once does', () => {
    const merges = new Merges(9);
    const runs = [run([5, 1, 9], 0), run([3, 7], 3), run([2, 8, 4, 6], 5)];
    let shown = derive({ events: [], problems: [], categories: [] });
    merges.add(runs[0]);
    merges.add([]);
    merges.add(runs[1]);
    expect([merges.pending, merges.merging, merges.busy]).to.deep.equal([5, false, true]);
    merges.start(shown);
    // Read while the merge is under way: it waits for the next one.
    merges.add(runs[2]);
    expect([merges.pending, merges.merging]).to.deep.equal([4, true]);
    let merged;
    while (!(merged = merges.step(0)));
    expect(merged.document.events.map((event) => event.id)).to.deep.equal(['e1', 'e3', 'e0', 'e4', 'e2']);
    shown = merged;
    expect(merges.merging).to.equal(false);
    merges.start(shown);
    let last;
    while (!(last = merges.step(0)));
    expect(merges.busy).to.equal(false);
    const atOnce = addRead(derive({ events: [], problems: [], categories: [] }), runs.flat().sort(byTime));
    expect(last.document.events.map((event) => event.id)).to.deep.equal(atOnce.document.events.map((event) => event.id));
  });

  it('is due to merge at an eighth of what is shown, and not before a batch of 5,000', () => {
    const showing = (n: number) => ({ document: { events: { length: n } } }) as unknown as DerivedData;
    expect([mergeDue(4_999, showing(100)), mergeDue(5_000, showing(100))]).to.deep.equal([false, true]);
    expect([mergeDue(99_999, showing(800_000)), mergeDue(100_000, showing(800_000))]).to.deep.equal([false, true]);
  });
});
