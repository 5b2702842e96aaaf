import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { byTime, insertionPoint } from '../../src/model/derive.js';
import { insertionPoints, mergeInPlace } from '../../src/model/merge-in-place.js';
import { indexEvents } from '../../src/model/event-index.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** Just what placing needs of an event: its span and its place in the source. */
const event = (from: number, to: number, index: number) => ({ from, to, index }) as TimelineEvent;

describe('insertionPoints()', () => {
  // Few starts and ends, so that most events tie on both and their source order decides.
  const span = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 })).map(([from, length]) => [from, from + length] as const);

  it('places each new event where a binary search by time order would, whether it searches (a few) or walks (many)', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 300 }), fc.array(span, { minLength: 1, maxLength: 60 }), (shown, added) => {
        const events = shown.map(([from, to], i) => event(from, to, i)).sort(byTime);
        const inserted = added.map(([from, to], i) => event(from, to, shown.length + i)).sort(byTime);
        const froms = Float64Array.from(events, (e) => e.from);
        const tos = Float64Array.from(events, (e) => e.to);
        const expected = inserted.map((e) => insertionPoint(events, e));
        expect([...insertionPoints(events, froms, tos, events.length, inserted)]).to.deep.equal(expected);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('walks for many (more than a 32nd of those shown) and searches for a few, with the same answer at the ends', () => {
    const events = Array.from({ length: 64 }, (_, i) => event(i, i, i));
    const froms = Float64Array.from(events, (e) => e.from);
    const tos = Float64Array.from(events, (e) => e.to);
    const few = [event(-1, -1, 100)];
    const many = [event(-1, -1, 100), event(10, 10, 101), event(99, 99, 102)];
    expect([...insertionPoints(events, froms, tos, 64, few)]).to.deep.equal([0]);
    expect([...insertionPoints(events, froms, tos, 64, many)]).to.deep.equal([0, 11, 64]);
  });
});

describe('mergeInPlace()', () => {
  const make = (count: number, first: number) => Array.from({ length: count }, (_, i) => ({ ...event(first + i, first + i + 1, first + i), end: undefined, openEnd: false }) as TimelineEvent);

  it('gives the index room for all that a read under way expects at its first merge, and moves nothing to a new buffer after', () => {
    const events = make(10, 0);
    let index = indexEvents(events);
    index = mergeInPlace(events, index, [], make(100, 10), 5000);
    const buffer = index.froms.buffer;
    expect(buffer.byteLength).to.be.at.least(5000 * 8);
    for (let k = 0; k < 4; k++) index = mergeInPlace(events, index, [], make(1000, 110 + k * 1000), 5000);
    expect(index.froms.buffer, 'the same buffer').to.equal(buffer);
    expect(index.froms.length).to.equal(4110);
    expect([...index.froms]).to.deep.equal(events.map((e) => e.from));
  });

  it('without an expected total, grows by half as much again', () => {
    const events = make(10, 0);
    const index = mergeInPlace(events, indexEvents(events), [], make(3000, 10));
    expect(index.froms.buffer.byteLength).to.equal((3010 + 1505) * 8);
  });
});
