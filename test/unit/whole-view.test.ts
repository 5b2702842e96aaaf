import { expect } from '@open-wc/testing';
import { squeezeFor, wholeView } from '../../src/layout/whole-view.js';
import { addEvents, removeEvents } from '../../src/model/changes.js';
import { derive, type DerivedData } from '../../src/model/derive.js';
import { parseEventsDocument } from '../../src/model/parse.js';

/** Two busy stretches of days, 1990-1991 and 2010-2011, with the years between empty: one squeezed stretch. */
function twoBusyStretches(): DerivedData {
  const day = (year: number, i: number) => new Date(Date.UTC(year, 0, 1) + i * 86_400_000 * 3).toISOString().slice(0, 10);
  const events = [1990, 2010].flatMap((year) => Array.from({ length: 200 }, (_, i) => ({ id: `${year}-${i}`, start: day(year, i), title: `Event ${i}` })));
  return derive(parseEventsDocument(events));
}

const add = (data: DerivedData, ...starts: string[]) => addEvents(data, starts.map((start, i) => ({ id: `new-${start}-${i}`, start, title: 'New' }))).derived;

describe('squeezeFor()', () => {
  it('finds the empty years between two busy stretches, and keeps that squeeze across a change outside it', () => {
    const data = twoBusyStretches();
    const found = squeezeFor(data, false);
    expect(found.warp.breaks).to.have.length(1);
    const [gap] = found.warp.breaks;
    expect(new Date(gap.from).getUTCFullYear()).to.equal(1991);
    expect(new Date(gap.to).getUTCFullYear()).to.equal(2010);
    const changed = add(data, '1990-06-02', '2010-03-03');
    const kept = squeezeFor(changed, false, found);
    expect(kept.warp, 'the same squeeze').to.equal(found.warp);
    expect(kept.changes).to.equal(1);
  });

  it('finds the squeeze again when a new event falls in the squeezed stretch', () => {
    const data = twoBusyStretches();
    const found = squeezeFor(data, false);
    const again = squeezeFor(add(data, '2000-06-15'), false, found);
    expect(again.warp).to.not.equal(found.warp);
    // The event in 2000 holds its day: no squeezed stretch covers it.
    const at = Date.UTC(2000, 5, 15);
    expect(again.warp.breaks.every((gap) => at + 86_400_000 <= gap.from || at >= gap.to)).to.equal(true);
  });

  it('finds it again when a new event lies beyond the data (a new empty stretch to squeeze before it)', () => {
    const data = twoBusyStretches();
    const found = squeezeFor(data, false);
    const again = squeezeFor(add(data, '2100-01-01'), false, found);
    expect(again.warp).to.not.equal(found.warp);
    expect(again.warp.breaks.length).to.be.above(1);
  });

  it('finds it again once the data has grown or shrunk by more than a 16th since it was found, or a change was missed', () => {
    const data = twoBusyStretches();
    const found = squeezeFor(data, false);
    const many = Array.from({ length: 30 }, (_, i) => `1990-0${1 + (i % 9)}-1${i % 10}`);
    expect(squeezeFor(add(data, ...many), false, found).warp, 'grown by 30 of 400').to.not.equal(found.warp);
    const fresh = twoBusyStretches();
    const basis = squeezeFor(fresh, false);
    const twice = add(add(fresh, '1990-05-05'), '1990-05-06');
    expect(squeezeFor(twice, false, basis).warp, 'two changes, the first not seen').to.not.equal(basis.warp);
    const before = twoBusyStretches();
    const basisBefore = squeezeFor(before, false);
    const few = removeEvents(before, Array.from({ length: 20 }, (_, i) => `1990-${i}`)).derived;
    const keptAfterFew = squeezeFor(few, false, basisBefore);
    expect(keptAfterFew.warp, 'shrunk by 20 of 400').to.equal(basisBefore.warp);
    const more = removeEvents(few, Array.from({ length: 6 }, (_, i) => `1990-${20 + i}`)).derived;
    expect(squeezeFor(more, false, keptAfterFew).warp, 'shrunk by 26 of 400 since it was found').to.not.equal(basisBefore.warp);
  });

  it('is no squeeze at all on a linear axis, and found again when the axis changes', () => {
    const data = twoBusyStretches();
    const linear = squeezeFor(data, true);
    expect(linear.warp.breaks).to.have.length(0);
    expect(squeezeFor(add(data, '1990-07-07'), false, linear).warp.breaks).to.have.length(1);
  });
});

describe('wholeView()', () => {
  const DAY = 86_400_000;
  const read = (events: object[]) => derive(parseEventsDocument(events));

  it('gives as much room after the last dot as before the first: a day is drawn at its start (la-riots.csv: two empty days at the end, one at the start)', () => {
    const data = read(['1992-04-29', '1992-04-30', '1992-05-01', '1992-05-03'].map((start, i) => ({ id: `e${i}`, start, title: `E${i}` })));
    const { view } = wholeView(data, true);
    expect(Date.UTC(1992, 3, 29) - view.start).to.equal(DAY);
    expect(view.end - Date.UTC(1992, 4, 3)).to.equal(DAY);
  });

  it('ends past a range, or a month drawn as its whole span, that ends last', () => {
    const ranged = wholeView(read([{ id: 'a', start: '1992-04-29', title: 'A' }, { id: 'b', start: '1992-04-30', end: '1992-05-10', title: 'B' }]), true).view;
    expect(ranged.end - Date.UTC(1992, 4, 11)).to.equal(DAY);
    // A month is a span of its own: its end is where it is drawn to (a margin of a month, the data's finest unit).
    const month = wholeView(read([{ id: 'a', start: '1992-02', title: 'A' }, { id: 'b', start: '1992-04', title: 'B' }]), true).view;
    expect(month.end).to.be.greaterThan(Date.UTC(1992, 4, 1));
    // A dot that starts last, inside a range that ends later: the range's end counts.
    const inside = wholeView(read([{ id: 'a', start: '1992-04-01', end: '1992-06-30', title: 'A' }, { id: 'b', start: '1992-05-01', title: 'B' }]), true).view;
    expect(inside.end - Date.UTC(1992, 6, 1)).to.be.at.least(DAY);
  });
});
